using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Moves an item to a position among its siblings (1-based); numbers follow. After dispatch with a reason.</summary>
public sealed record MoveAgendaItem(Viewer Viewer, int MeetingId, int AgendaItemId, int Position, string? Reason = null);

public sealed class MoveAgendaItemHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(MoveAgendaItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        var item = target.IsError ? target.Error! : target.Value.Item(command.AgendaItemId);
        if (item.IsError)
        {
            return item.Error!;
        }

        var items = target.Value.Meeting.AgendaItems.Where(i => !i.Deleted).ToList();
        var numbers = items.ToDictionary(i => i, i => i.Number);
        var moved = target.Value.Meeting.MoveAgendaItem(item.Value, command.Position, command.Reason);
        if (moved.IsError)
        {
            return moved;
        }

        // Positions are bookkeeping; the numbers are what the invitation printed, so those are what the log keeps.
        var scope = target.Value.Audit with { Reason = Text.Clean(command.Reason) };
        foreach (var changed in items)
        {
            audit.Changed(scope, "AgendaItem", changed.Id, "number", numbers[changed], changed.Number);
        }

        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
