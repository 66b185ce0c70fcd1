using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Organizations;

public sealed record OrganizationDetails(
    int Id,
    string Name,
    string? ShortName,
    OrganizationKind Kind,
    string BodyName,
    int? StatutorySeats,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<MemberGroup> MemberGroups,
    IReadOnlyList<MeetingSummary> Meetings)
{
    /// <summary>The day the member list was taken for; null when it lists every membership ever recorded.</summary>
    public DateOnly? OnDate { get; init; }

    /// <summary>For an Integrationsrat: its make-up on <see cref="CompositionDate"/> (§ 27 GO NRW).</summary>
    public IntegrationCouncilComposition? Composition { get; init; }

    public DateOnly? CompositionDate { get; init; }
}

/// <summary>Members sitting for one faction or list; <see cref="Faction"/> is null for "not stated".</summary>
public sealed record MemberGroup(OrganizationRef? Faction, IReadOnlyList<Member> Members);

public sealed record Member(
    int MembershipId,
    PersonRef Person,
    MembershipRole Role,
    string? Function,
    bool VotingRight,
    DateOnly? StartDate,
    DateOnly? EndDate,
    PersonRef? DeputyFor,
    MembershipMandate? Mandate = null);
