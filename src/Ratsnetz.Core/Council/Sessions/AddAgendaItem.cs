using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Adds an item to the public or non-public part (numbered automatically); after dispatch only as urgent, with a reason.</summary>
public sealed record AddAgendaItem(Viewer Viewer, int MeetingId, AgendaItemPlan Plan, string? Reason = null);

public sealed class AddAgendaItemHandler(AppDbContext db, AuditLog audit)
{
    /// <returns>The new item's id.</returns>
    public async Task<Result<int>> HandleAsync(AddAgendaItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        if (!await target.Value.PaperOfBodyAsync(db, command.Plan.PaperId, ct))
        {
            return new NotFoundError("paper.not_found", "No such paper in this meeting's body.");
        }

        var added = target.Value.Meeting.PlanAgendaItem(command.Plan, command.Reason);
        if (added.IsError)
        {
            return added.Error!;
        }

        var scope = target.Value.Audit with { Reason = Text.Clean(command.Reason) };
        audit.Record(scope, AuditActions.Added, "Meeting", command.MeetingId, "agenda_item", null,
            ManagedMeeting.Describe(added.Value) + (added.Value.UrgencyReason is null ? string.Empty : " (dringlich)"));
        await db.SaveChangesAsync(ct);
        return added.Value.Id;
    }
}
