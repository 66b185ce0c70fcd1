using Ratsnetz.Common;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// A person's seat or function in an organization over a period. Deputies (stellvertretende Mitglieder) point to the
/// seat they stand in for, so that a substitute at a meeting can be checked against the member they replace.
/// </summary>
public sealed class Membership : Entity
{
    private Membership()
    {
    }

    private Membership(int personId, int organizationId, MembershipRole role, bool votingRight)
    {
        PersonId = personId;
        OrganizationId = organizationId;
        Role = role;
        VotingRight = votingRight;
    }

    public int PersonId { get; private set; }

    public int OrganizationId { get; private set; }

    public MembershipRole Role { get; private set; }

    public bool VotingRight { get; private set; }

    /// <summary>The faction or list on whose behalf the person sits (OParl onBehalfOf).</summary>
    public int? OnBehalfOfId { get; private set; }

    /// <summary>For a deputy member: the membership (seat) this person deputises for.</summary>
    public int? DeputyOfId { get; private set; }

    public Membership? DeputyOf { get; private set; }

    /// <summary>The office word as written, e.g. "1. stv. Vorsitzende" or "Beigeordnete".</summary>
    public string? Function { get; private set; }

    /// <summary>For a seat in an Integrationsrat: directly elected or council-appointed; null when not stated.</summary>
    public MembershipMandate? Mandate { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public static Result<Membership> Create(int personId, int organizationId, MembershipRole role, bool? votingRight = null)
    {
        if (!Enum.IsDefined(role))
        {
            return new ValidationError("membership.role_unknown", "Unknown membership role.", nameof(role));
        }

        var voting = votingRight ?? !role.IsNonVoting();
        if (voting && role.IsNonVoting())
        {
            return new ValidationError("membership.role_without_vote", "Advisory members and minute takers have no vote.", nameof(votingRight));
        }

        return new Membership(personId, organizationId, role, voting);
    }

    /// <summary>Changes role and vote under the same rules as <see cref="Create"/>.</summary>
    public Result ChangeRole(MembershipRole role, bool? votingRight)
    {
        var revised = Create(PersonId, OrganizationId, role, votingRight);
        if (revised.IsError)
        {
            return revised.Error!;
        }

        Role = role;
        VotingRight = revised.Value.VotingRight;
        return Result.Success;
    }

    public Result SetPeriod(DateOnly? startDate, DateOnly? endDate)
    {
        if (startDate is { } start && endDate is { } end && end < start)
        {
            return new ValidationError("membership.end_before_start", "A membership cannot end before it starts.", nameof(endDate));
        }

        StartDate = startDate;
        EndDate = endDate;
        return Result.Success;
    }

    public void SetOnBehalfOf(int? factionId) => OnBehalfOfId = factionId;

    public Result SetMandate(MembershipMandate? mandate)
    {
        if (mandate is { } value && !Enum.IsDefined(value))
        {
            return new ValidationError("membership.mandate_unknown", "Unknown kind of mandate.", nameof(mandate));
        }

        Mandate = mandate;
        return Result.Success;
    }

    public void SetFunction(string? function) => Function = Text.Clean(function);

    /// <summary>Makes this membership the deputy of <paramref name="seat"/>, which must be a regular seat of the same body.</summary>
    public Result AssignDeputyOf(Membership seat)
    {
        if (Role != MembershipRole.DeputyMember)
        {
            return new ValidationError("membership.deputy_role_required", "Only a deputy member can deputise for a seat.");
        }

        if (seat.OrganizationId != OrganizationId)
        {
            return new ValidationError("membership.deputy_other_body", "A deputy can only stand in for a seat of the same body.");
        }

        if (seat.PersonId == PersonId)
        {
            return new ValidationError("membership.deputy_of_self", "A person cannot be their own deputy.");
        }

        if (seat.Role is MembershipRole.DeputyMember || seat.Role.IsNonVoting())
        {
            return new ValidationError("membership.deputy_of_non_seat", "A deputy stands in for a voting seat, not for another deputy or an advisory role.");
        }

        DeputyOf = seat;
        DeputyOfId = seat.Id == 0 ? null : seat.Id;
        return Result.Success;
    }

    /// <summary>Ends the link to a seat, e.g. when a deputy becomes a regular member.</summary>
    public void ClearDeputyOf()
    {
        DeputyOf = null;
        DeputyOfId = null;
    }

    /// <summary>Whether the membership is in force on <paramref name="date"/>; open ends count as in force.</summary>
    public bool IsActiveOn(DateOnly date) =>
        (StartDate is null || StartDate <= date) && (EndDate is null || date <= EndDate);
}
