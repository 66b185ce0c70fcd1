using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Admin;

/// <summary>A legislative term's form as posted; the add form and each revise form share it.</summary>
public sealed class TermInput
{
    public string? Name { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public static TermInput From(LegislativeTermLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new() { Name = line.Name, StartDate = line.StartDate, EndDate = line.EndDate };
    }

    /// <summary>The control a Core error field refers to; the prefix tells the add form ("t") from a term's ("t12").</summary>
    public static Func<string?, string> FieldId(string prefix) => field => field switch
    {
        "endDate" => $"{prefix}-end",
        "startDate" => $"{prefix}-start",
        _ => $"{prefix}-name",
    };
}

/// <summary>The model of the term fields partial: the values shown, the id prefix and the problem if it is this form's.</summary>
public sealed record TermFields(TermInput Input, string Prefix, FormProblem? Problem)
{
    public string? ErrorFor(string fieldId) => Problem?.FieldId == fieldId ? Problem.Message : null;
}
