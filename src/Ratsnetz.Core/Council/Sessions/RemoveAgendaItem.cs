using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Takes an undecided item off the agenda (kept as deleted); after dispatch with a reason.</summary>
public sealed record RemoveAgendaItem(Viewer Viewer, int MeetingId, int AgendaItemId, string? Reason = null);

public sealed class RemoveAgendaItemHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(RemoveAgendaItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        var item = target.IsError ? target.Error! : target.Value.Item(command.AgendaItemId);
        if (item.IsError)
        {
            return item.Error!;
        }

        var removed = target.Value.Meeting.RemoveAgendaItem(item.Value, command.Reason);
        if (removed.IsError)
        {
            return removed;
        }

        audit.Removed(target.Value.Audit with { Reason = Text.Clean(command.Reason) }, "AgendaItem", item.Value.Id, ManagedMeeting.Describe(item.Value));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
