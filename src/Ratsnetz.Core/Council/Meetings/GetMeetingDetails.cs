using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.People;
using Ratsnetz.Data;
using Ratsnetz.Import.Review;

namespace Ratsnetz.Council.Meetings;

public sealed record GetMeetingDetails(int MeetingId, Viewer Viewer);

/// <summary>
/// The meeting page: header, attendance, both parts of the agenda and the documents. Withheld items are read with
/// their number only, so no caller can show what the viewer may not see.
/// </summary>
public sealed class GetMeetingDetailsHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<MeetingDetails>> HandleAsync(GetMeetingDetails query, CancellationToken ct)
    {
        var summary = await MeetingSummary.Query(db).FirstOrDefaultAsync(m => m.Id == query.MeetingId, ct);
        if (summary is null)
        {
            return new NotFoundError("meeting.not_found", $"There is no meeting with id {query.MeetingId}.");
        }

        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == query.MeetingId)
            .Select(m => new { m.TimeZoneId, m.QuorumConfirmed, m.Note, m.LocationId, m.Date, m.InvitationSentOn, m.UrgencyReason })
            .SingleAsync(ct);
        var location = await db.Locations.AsNoTracking()
            .Where(l => l.Id == meeting.LocationId && !l.Deleted)
            .Select(l => new LocationInfo(l.Description, l.StreetAddress, l.PostalCode, l.Locality))
            .FirstOrDefaultAsync(ct);

        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var nonPublicVisible = scope.Covers(summary.OrganizationId);
        var attendance = await LoadAttendanceAsync(query.MeetingId, ct);
        var agenda = await new MeetingAgendaReader(db, scope).ReadAsync(query.MeetingId, nonPublicVisible, ct);
        var meetingFiles = await FileVisibility.Visible(db, scope)
            .Where(f => f.MeetingId == query.MeetingId && f.AgendaItemId == null)
            .OrderBy(f => f.Role).ThenBy(f => f.Id)
            .Select(FileProjections.Summary)
            .ToListAsync(ct);

        var present = attendance.Where(a => a.Status == AttendanceStatus.Present).ToList();
        // Staff who review this meeting's imports see that one is still unreviewed; nobody else learns of imports.
        int? unreviewed = ReviewAccess.MayReview(query.Viewer, summary.OrganizationId)
            ? await db.DocumentImports.AsNoTracking()
                .Where(i => i.MeetingId == query.MeetingId && i.ReviewedAt == null && i.SupersededById == null && !i.Deleted)
                .OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct)
            : null;
        return new MeetingDetails(
            summary,
            meeting.TimeZoneId,
            meeting.QuorumConfirmed,
            meeting.Note,
            location,
            nonPublicVisible,
            present.Select(a => a.Attendee).FirstOrDefault(a => a.Role == AttendanceRole.Chair)?.Person,
            present.Select(a => a.Attendee).FirstOrDefault(a => a.Role == AttendanceRole.MinuteTaker)?.Person,
            GroupInOrderOfAppearance(present),
            attendance.Where(a => a.Status == AttendanceStatus.Excused).Select(a => a.Attendee).ToList(),
            attendance.Where(a => a.Status == AttendanceStatus.AbsentWithoutExcuse).Select(a => a.Attendee).ToList(),
            agenda.Where(i => i.IsPublic).ToList(),
            agenda.Where(i => !i.IsPublic).ToList(),
            meetingFiles)
        {
            UnreviewedImportId = unreviewed,
            Invitation = meeting is { InvitationSentOn: { } sentOn, Date: { } date }
                ? MeetingInvitation.Check(await PolicyAsync(summary.OrganizationId, ct), sentOn, date, meeting.UrgencyReason is not null)
                : null,
        };
    }

    private async Task<Sessions.InvitationPolicy> PolicyAsync(int organizationId, CancellationToken ct)
    {
        var days = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.InvitationDays, o.UrgentInvitationDays }).SingleAsync(ct);
        return days is { InvitationDays: { } normal, UrgentInvitationDays: { } urgent } ? new(normal, urgent) : Sessions.InvitationPolicy.Default;
    }

    private async Task<List<(AttendanceStatus Status, Attendee Attendee)>> LoadAttendanceAsync(int meetingId, CancellationToken ct)
    {
        // Attendances have no order column; insertion order (the id) is the order of the record.
        var rows = await (
            from a in db.Attendances.AsNoTracking()
            where a.MeetingId == meetingId && !a.Deleted
            join p in db.People on a.PersonId equals p.Id
            where !p.Deleted
            orderby a.Id
            select new
            {
                a.Status,
                a.Role,
                a.Function,
                a.Group,
                a.From,
                a.Until,
                a.FromAgendaNumber,
                a.UntilAgendaNumber,
                a.SubstituteForPersonId,
                p.Id,
                p.Title,
                p.GivenName,
                p.FamilyName,
            }).ToListAsync(ct);
        var substituteIds = rows.Where(r => r.SubstituteForPersonId != null).Select(r => r.SubstituteForPersonId!.Value).ToList();
        var substituted = await db.People.AsNoTracking()
            .Where(p => substituteIds.Contains(p.Id) && !p.Deleted)
            .Select(p => new { p.Id, p.Title, p.GivenName, p.FamilyName })
            .ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName)), ct);
        return rows.Select(r => (r.Status, new Attendee(
            new PersonRef(r.Id, Person.Compose(r.Title, r.GivenName, r.FamilyName)),
            r.Role,
            r.Function,
            r.Group,
            r.From,
            r.Until,
            r.FromAgendaNumber,
            r.UntilAgendaNumber,
            r.SubstituteForPersonId is { } s ? substituted.GetValueOrDefault(s) : null))).ToList();
    }

    /// <summary>Groups as the record lists them: a group's place is where its first person appears.</summary>
    private static List<AttendanceGroup> GroupInOrderOfAppearance(List<(AttendanceStatus Status, Attendee Attendee)> present) =>
        present.GroupBy(a => a.Attendee.Group)
            .Select(g => new AttendanceGroup(g.Key, g.Select(a => a.Attendee).ToList()))
            .ToList();
}
