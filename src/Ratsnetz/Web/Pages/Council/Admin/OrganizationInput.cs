using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Web.Pages.Council.Admin;

/// <summary>An organization's description as posted.</summary>
public sealed class OrganizationInput
{
    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public OrganizationKind Kind { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public static OrganizationInput From(OrganizationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new() { Name = details.Name, ShortName = details.ShortName, Kind = details.Kind, StartDate = details.StartDate, EndDate = details.EndDate };
    }

    public static string FieldId(string? field) => field switch
    {
        "kind" => "o-kind",
        "endDate" => "o-end",
        "startDate" => "o-start",
        _ => "o-name",
    };
}
