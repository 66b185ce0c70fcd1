using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Meetings;

/// <summary>
/// A meeting as one viewer may see it. <see cref="NonPublicVisible"/> says whether the non-public part (B) is
/// shown in full; when it is not, its items are <see cref="AgendaEntry"/>s without <see cref="AgendaEntry.Content"/>.
/// </summary>
public sealed record MeetingDetails(
    MeetingSummary Summary,
    string TimeZoneId,
    bool? QuorumConfirmed,
    string? Note,
    LocationInfo? Location,
    bool NonPublicVisible,
    PersonRef? Chair,
    PersonRef? MinuteTaker,
    IReadOnlyList<AttendanceGroup> Present,
    IReadOnlyList<Attendee> Excused,
    IReadOnlyList<Attendee> AbsentWithoutExcuse,
    IReadOnlyList<AgendaEntry> PublicAgenda,
    IReadOnlyList<AgendaEntry> NonPublicAgenda,
    IReadOnlyList<FileSummary> Files)
{
    public int Id => Summary.Id;

    public OrganizationRef Organization => Summary.Organization;

    /// <summary>For staff who review this meeting: an import of it not yet reviewed ("nicht geprüft"); null otherwise.</summary>
    public int? UnreviewedImportId { get; init; }

    /// <summary>When the invitation went out and whether it missed the Ladungsfrist; null until it is sent.</summary>
    public MeetingInvitation? Invitation { get; init; }
}

/// <summary>The invitation as the meeting page states it (public: § 48 GO NRW makes time, place and agenda public).</summary>
public sealed record MeetingInvitation(DateOnly SentOn, bool Urgent, bool IsLate, int DaysBefore, int RequiredDays)
{
    public static MeetingInvitation Check(Sessions.InvitationPolicy policy, DateOnly sentOn, DateOnly meetingDate, bool urgent)
    {
        var check = Sessions.InvitationTimeliness.Check(policy, sentOn, meetingDate, urgent);
        return new MeetingInvitation(sentOn, urgent, check.IsLate, check.DaysBefore, check.RequiredDays);
    }
}

public sealed record LocationInfo(string Description, string? StreetAddress, string? PostalCode, string? Locality);

/// <summary>People listed under one heading of the record ("SPD", "Verwaltung"); null when the record gives none.</summary>
public sealed record AttendanceGroup(string? Name, IReadOnlyList<Attendee> People);

public sealed record Attendee(
    PersonRef Person,
    AttendanceRole Role,
    string? Function,
    string? Group,
    TimeOnly? From,
    TimeOnly? Until,
    string? FromAgendaNumber,
    string? UntilAgendaNumber,
    PersonRef? SubstituteFor);

/// <summary>An agenda item. <see cref="Content"/> is null for a non-public item the viewer may not see.</summary>
public sealed record AgendaEntry(int Id, string? Number, bool IsPublic, AgendaContent? Content)
{
    public bool IsWithheld => Content is null;
}

public sealed record AgendaContent(
    string Title,
    PaperSummary? Paper,
    string? Summary,
    string? ResolutionText,
    VoteCounts? Votes,
    DecisionOutcome? Outcome,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<FileSummary> Files);

public sealed record Speaker(PersonRef Person, string? Note);
