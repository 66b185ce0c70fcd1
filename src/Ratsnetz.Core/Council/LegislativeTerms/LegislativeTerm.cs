using Ratsnetz.Common;

namespace Ratsnetz.Council.LegislativeTerms;

/// <summary>An electoral term of a body (Wahlperiode).</summary>
public sealed class LegislativeTerm : Entity
{
    private LegislativeTerm()
    {
        Name = string.Empty;
    }

    private LegislativeTerm(int bodyId, string name, DateOnly? startDate, DateOnly? endDate)
    {
        BodyId = bodyId;
        Name = name;
        StartDate = startDate;
        EndDate = endDate;
    }

    public int BodyId { get; private set; }

    public string Name { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public static Result<LegislativeTerm> Create(int bodyId, string name, DateOnly? startDate, DateOnly? endDate)
    {
        var cleanName = Text.Clean(name);
        if (cleanName is null)
        {
            return new ValidationError("term.name_required", "A legislative term needs a name.", nameof(name));
        }

        if (startDate is { } start && endDate is { } end && end < start)
        {
            return new ValidationError("term.end_before_start", "A legislative term cannot end before it starts.", nameof(endDate));
        }

        return new LegislativeTerm(bodyId, cleanName, startDate, endDate);
    }

    /// <summary>Corrects name and period under the same rules as <see cref="Create"/>.</summary>
    public Result Revise(string name, DateOnly? startDate, DateOnly? endDate)
    {
        var revised = Create(BodyId, name, startDate, endDate);
        if (revised.IsError)
        {
            return revised.Error!;
        }

        Name = revised.Value.Name;
        StartDate = startDate;
        EndDate = endDate;
        return Result.Success;
    }

    public bool Covers(DateOnly date) =>
        (StartDate is null || StartDate <= date) && (EndDate is null || date <= EndDate);
}
