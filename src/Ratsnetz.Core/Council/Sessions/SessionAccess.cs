using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// Who runs a meeting (Sitzungsdienst): administrators every meeting, Geschäftsführung the meetings of their
/// assigned organizations. Every change made while running it is audited under <see cref="Context"/>.
/// </summary>
public static class SessionAccess
{
    public static string Context(int meetingId) => $"Meeting:{meetingId}";

    internal static ForbiddenError StaffOnly => new("session.staff_only", "Only administrators and Geschäftsführung run meetings.");

    internal static ForbiddenError NotAssigned => new("session.not_assigned", "This meeting belongs to an organization you are not assigned to.");

    internal static NotFoundError NotFound(int meetingId) => new("session.meeting_not_found", $"There is no meeting {meetingId}.");

    internal static NotFoundError ItemNotFound => new("agenda.not_found", "This meeting has no such agenda item.");

    internal static NotFoundError PersonNotFound => new("person.not_found", "No such person in this meeting's body.");
}

/// <summary>A meeting loaded for a change by someone who may manage it: tracked, with everything the rules need.</summary>
internal sealed record ManagedMeeting(Meeting Meeting, int BodyId, int? StatutorySeats, AuditScope Audit)
{
    public static async Task<Result<ManagedMeeting>> LoadAsync(AppDbContext db, Viewer viewer, int meetingId, CancellationToken ct)
    {
        if (!StaffAccess.IsStaff(viewer))
        {
            return SessionAccess.StaffOnly;
        }

        var meeting = await db.Meetings
            .Include(m => m.Attendances)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .Include(m => m.AgendaItems).ThenInclude(i => i.BiasDeclarations)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Ballots)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == meetingId && !m.Deleted, ct);
        if (meeting is null)
        {
            return SessionAccess.NotFound(meetingId);
        }

        if (!StaffAccess.MayManage(viewer, meeting.OrganizationId))
        {
            return SessionAccess.NotAssigned;
        }

        var organization = await db.Organizations.Where(o => o.Id == meeting.OrganizationId)
            .Select(o => new { o.BodyId, o.StatutorySeats }).SingleAsync(ct);
        return new ManagedMeeting(meeting, organization.BodyId, organization.StatutorySeats, new AuditScope(viewer.UserId!, SessionAccess.Context(meeting.Id)));
    }

    public Result<AgendaItems.AgendaItem> Item(int agendaItemId) =>
        Meeting.AgendaItems.FirstOrDefault(i => i.Id == agendaItemId && !i.Deleted) is { } item ? item : SessionAccess.ItemNotFound;

    /// <summary>Whether a paper to link is one of this body's (null: no paper).</summary>
    public async Task<bool> PaperOfBodyAsync(AppDbContext db, int? paperId, CancellationToken ct) =>
        paperId is not { } id || await db.Papers.AnyAsync(p => p.Id == id && p.BodyId == BodyId && !p.Deleted, ct);

    public static string Describe(AgendaItems.AgendaItem item) => $"{(item.IsPublic ? "A" : "B")} {item.Number}: {item.Title}";

    /// <summary>The person's name for the audit log, or null when the person is not of this meeting's body.</summary>
    public Task<string?> PersonNameAsync(AppDbContext db, int personId, CancellationToken ct) =>
        db.People.Where(p => p.Id == personId && p.BodyId == BodyId && !p.Deleted)
            .Select(p => People.Person.Compose(p.Title, p.GivenName, p.FamilyName))
            .FirstOrDefaultAsync(ct);
}
