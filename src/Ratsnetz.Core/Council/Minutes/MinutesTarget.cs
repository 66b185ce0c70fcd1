using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Access;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// The minutes of one meeting loaded for a change: tracked, with their addenda. Every meeting has minutes in
/// draft from the start; the row is created on the first step.
/// </summary>
internal sealed record MinutesTarget(int MeetingId, int OrganizationId, MeetingMinutes Minutes, AuditScope Audit)
{
    public static async Task<Result<MinutesTarget>> LoadAsync(AppDbContext db, int meetingId, Viewer viewer, CancellationToken ct)
    {
        if (viewer.IsAnonymous)
        {
            return MinutesAccess.ManagersOnly;
        }

        var organizationId = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId && !m.Deleted)
            .Select(m => (int?)m.OrganizationId)
            .FirstOrDefaultAsync(ct);
        if (organizationId is not { } organization)
        {
            return MinutesAccess.NotFound(meetingId);
        }

        var minutes = await db.MeetingMinutes.Include(m => m.Addenda).FirstOrDefaultAsync(m => m.MeetingId == meetingId && !m.Deleted, ct);
        if (minutes is null)
        {
            minutes = new MeetingMinutes(meetingId);
            db.MeetingMinutes.Add(minutes);
        }

        return new MinutesTarget(meetingId, organization, minutes, new AuditScope(viewer.UserId!, MinutesAccess.Context(meetingId)));
    }

    public void Record(AuditLog audit, string action, string? field = null, string? oldValue = null, string? newValue = null) =>
        audit.Record(Audit, action, MinutesAudit.EntityType, MeetingId, field, oldValue, newValue);
}
