using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Council.Memberships;

/// <summary>A membership as the composition rule sees it.</summary>
public sealed record CompositionSeat(MembershipRole Role, bool VotingRight, MembershipMandate? Mandate, OrganizationRef? OnBehalfOf);

/// <summary>Seats held for one list or faction; <see cref="List"/> is null for "not stated".</summary>
public sealed record CompositionGroup(OrganizationRef? List, int Seats);

/// <summary>
/// The make-up of an Integrationsrat on one day (§ 27 GO NRW): voting seats directly elected (by list) and appointed by
/// the council (by faction), seats whose mandate is not recorded, and advisory members. Deputies are not seats of their
/// own (they stand in for one), and the minute taker is not a member.
/// </summary>
public sealed record IntegrationCouncilComposition(
    IReadOnlyList<CompositionGroup> DirectlyElected,
    IReadOnlyList<CompositionGroup> CouncilAppointed,
    int Unstated,
    int Advisory,
    int Deputies)
{
    public int DirectlyElectedSeats => DirectlyElected.Sum(g => g.Seats);

    public int CouncilAppointedSeats => CouncilAppointed.Sum(g => g.Seats);

    /// <summary>
    /// § 27 GO NRW: the directly elected members must outnumber the council-appointed ones. Seats without a
    /// recorded mandate are not counted for either side, so the warning shows until the record is complete.
    /// </summary>
    public bool DirectlyElectedOutnumberAppointed => DirectlyElectedSeats > CouncilAppointedSeats;

    public static IntegrationCouncilComposition Of(IEnumerable<CompositionSeat> seats)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var all = seats.ToList();
        var voting = all.Where(s => s.VotingRight && s.Role is MembershipRole.Chair or MembershipRole.DeputyChair or MembershipRole.Member).ToList();
        var advisory = all.Count(s => s.Role == MembershipRole.AdvisoryMember
            || (!s.VotingRight && s.Role is MembershipRole.Chair or MembershipRole.DeputyChair or MembershipRole.Member));
        return new IntegrationCouncilComposition(
            Groups(voting.Where(s => s.Mandate == MembershipMandate.DirectlyElected)),
            Groups(voting.Where(s => s.Mandate == MembershipMandate.CouncilAppointed)),
            voting.Count(s => s.Mandate is null),
            advisory,
            all.Count(s => s.Role == MembershipRole.DeputyMember));
    }

    // Largest list first, as the minutes list them; "not stated" last.
    private static List<CompositionGroup> Groups(IEnumerable<CompositionSeat> seats) => seats
        .GroupBy(s => s.OnBehalfOf)
        .Select(g => new CompositionGroup(g.Key, g.Count()))
        .OrderBy(g => g.List is null)
        .ThenByDescending(g => g.Seats)
        .ThenBy(g => g.List?.Name, StringComparer.Ordinal)
        .ToList();
}
