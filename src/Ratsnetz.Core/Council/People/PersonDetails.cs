using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Council.People;

public sealed record PersonDetails(
    int Id,
    string Name,
    Salutation? Salutation,
    string BodyName,
    IReadOnlyList<PersonMembership> Memberships,
    IReadOnlyList<PersonAttendance> Attendance,
    IReadOnlyList<PersonContribution> Contributions);

public sealed record PersonMembership(
    OrganizationRef Organization,
    MembershipRole Role,
    string? Function,
    OrganizationRef? Faction,
    DateOnly? StartDate,
    DateOnly? EndDate);

public sealed record PersonAttendance(MeetingSummary Meeting, AttendanceStatus Status, AttendanceRole Role, string? Function);

/// <summary>A time the person spoke, on an agenda item the viewer may see.</summary>
public sealed record PersonContribution(MeetingSummary Meeting, int AgendaItemId, string? AgendaNumber, bool IsPublic, string AgendaTitle, string? Note);
