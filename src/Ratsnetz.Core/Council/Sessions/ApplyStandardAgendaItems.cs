using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// Puts the organization's standard items on a meeting whose agenda is still empty (e.g. one planned before the
/// template existed). New meetings get them when scheduled.
/// </summary>
public sealed record ApplyStandardAgendaItems(Viewer Viewer, int MeetingId);

public sealed class ApplyStandardAgendaItemsHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(ApplyStandardAgendaItems command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var template = await db.StandardAgendaItems.AsNoTracking()
            .Where(t => t.OrganizationId == meeting.OrganizationId && !t.Deleted).ToListAsync(ct);
        var applied = meeting.ApplyStandardItems(template);
        if (applied.IsError)
        {
            return applied;
        }

        foreach (var item in meeting.AgendaItems.Where(i => !i.Deleted))
        {
            audit.Record(target.Value.Audit, AuditActions.Added, "Meeting", meeting.Id, "agenda_item", null, ManagedMeeting.Describe(item));
        }

        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
