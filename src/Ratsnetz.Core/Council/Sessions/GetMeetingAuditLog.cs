using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>The audit trail of one meeting for staff who manage it: changes made while running it and to the meeting itself.</summary>
public sealed record GetMeetingAuditLog(Viewer Viewer, int MeetingId);

public sealed record AuditLine(DateTime At, string UserId, string Action, string EntityType, int EntityId, string? Field, string? OldValue, string? NewValue, string? Context, string? Reason);

public sealed class GetMeetingAuditLogHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<AuditLine>>> HandleAsync(GetMeetingAuditLog query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!StaffAccess.IsStaff(query.Viewer))
        {
            return SessionAccess.StaffOnly;
        }

        var organizationId = await db.Meetings.AsNoTracking().Where(m => m.Id == query.MeetingId && !m.Deleted)
            .Select(m => (int?)m.OrganizationId).FirstOrDefaultAsync(ct);
        if (organizationId is null)
        {
            return SessionAccess.NotFound(query.MeetingId);
        }

        if (!StaffAccess.MayManage(query.Viewer, organizationId.Value))
        {
            return SessionAccess.NotAssigned;
        }

        var context = SessionAccess.Context(query.MeetingId);
        var lines = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Context == context || (e.EntityType == "Meeting" && e.EntityId == query.MeetingId))
            .OrderBy(e => e.Id)
            .Select(e => new AuditLine(e.At, e.UserId, e.Action, e.EntityType, e.EntityId, e.Field, e.OldValue, e.NewValue, e.Context, e.Reason))
            .ToListAsync(ct);
        return lines;
    }
}
