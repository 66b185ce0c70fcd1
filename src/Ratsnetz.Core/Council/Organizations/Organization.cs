using Ratsnetz.Common;
using Ratsnetz.Council.Sessions;

namespace Ratsnetz.Council.Organizations;

/// <summary>A group of people: a council, committee, Integrationsrat, faction/list, administration or working group.</summary>
public sealed class Organization : Entity
{
    private Organization()
    {
        Name = string.Empty;
    }

    private Organization(int bodyId, string name, string? shortName, OrganizationKind kind)
    {
        BodyId = bodyId;
        Name = name;
        ShortName = shortName;
        Kind = kind;
    }

    public int BodyId { get; private set; }

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    public OrganizationKind Kind { get; private set; }

    /// <summary>The number of seats the statutes give the body; quorum is counted against it.</summary>
    public int? StatutorySeats { get; private set; }

    /// <summary>The Ladungsfrist in days from the rules of procedure; null means <see cref="InvitationPolicy.Default"/>.</summary>
    public int? InvitationDays { get; private set; }

    public int? UrgentInvitationDays { get; private set; }

    public InvitationPolicy InvitationPolicy => InvitationDays is { } days && UrgentInvitationDays is { } urgent
        ? new InvitationPolicy(days, urgent)
        : InvitationPolicy.Default;

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public int? LocationId { get; private set; }

    public static Result<Organization> Create(int bodyId, string name, OrganizationKind kind, string? shortName = null)
    {
        var cleanName = Text.Clean(name);
        if (cleanName is null)
        {
            return new ValidationError("organization.name_required", "An organization needs a name.", nameof(name));
        }

        if (!Enum.IsDefined(kind))
        {
            return new ValidationError("organization.kind_unknown", "Unknown kind of organization.", nameof(kind));
        }

        return new Organization(bodyId, cleanName, Text.Clean(shortName), kind);
    }

    /// <summary>Renames or reclassifies the organization under the same rules as <see cref="Create"/>.</summary>
    public Result Describe(string name, OrganizationKind kind, string? shortName)
    {
        var revised = Create(BodyId, name, kind, shortName);
        if (revised.IsError)
        {
            return revised.Error!;
        }

        Name = revised.Value.Name;
        ShortName = revised.Value.ShortName;
        Kind = kind;
        return Result.Success;
    }

    public Result SetStatutorySeats(int? seats)
    {
        if (seats is <= 0)
        {
            return new ValidationError("organization.seats_positive", "The number of statutory seats must be positive.", nameof(seats));
        }

        StatutorySeats = seats;
        return Result.Success;
    }

    public Result SetPeriod(DateOnly? startDate, DateOnly? endDate)
    {
        if (startDate is { } start && endDate is { } end && end < start)
        {
            return new ValidationError("organization.end_before_start", "An organization cannot end before it starts.", nameof(endDate));
        }

        StartDate = startDate;
        EndDate = endDate;
        return Result.Success;
    }

    public void SetLocation(int? locationId) => LocationId = locationId;

    /// <summary>Sets the body's own Ladungsfrist (checked by <see cref="InvitationPolicy.Create"/>); null returns to the default.</summary>
    public void SetInvitationPolicy(InvitationPolicy? policy)
    {
        InvitationDays = policy?.Days;
        UrgentInvitationDays = policy?.UrgentDays;
    }
}
