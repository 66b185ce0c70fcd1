using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Changes title and linked paper of an item; after dispatch with a reason.</summary>
public sealed record EditAgendaItem(Viewer Viewer, int MeetingId, int AgendaItemId, string Title, int? PaperId, string? Reason = null);

public sealed class EditAgendaItemHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(EditAgendaItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        var item = target.IsError ? target.Error! : target.Value.Item(command.AgendaItemId);
        if (item.IsError)
        {
            return item.Error!;
        }

        if (!await target.Value.PaperOfBodyAsync(db, command.PaperId, ct))
        {
            return new NotFoundError("paper.not_found", "No such paper in this meeting's body.");
        }

        var before = (item.Value.Title, item.Value.PaperId);
        var revised = target.Value.Meeting.RevisePlannedItem(item.Value, command.Title, command.PaperId, command.Reason);
        if (revised.IsError)
        {
            return revised;
        }

        var scope = target.Value.Audit with { Reason = Text.Clean(command.Reason) };
        audit.Changed(scope, "AgendaItem", item.Value.Id, "title", before.Title, item.Value.Title);
        audit.Changed(scope, "AgendaItem", item.Value.Id, "paper", before.PaperId, item.Value.PaperId);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
