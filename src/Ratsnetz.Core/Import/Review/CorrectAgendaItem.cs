using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>
/// Corrects an agenda item of an imported meeting: number, title, outcome and vote counts. Counts are all given or
/// all left empty (no vote recorded); the outcome must agree with them (§ 50 GO NRW).
/// </summary>
public sealed record CorrectAgendaItem(
    int ImportId, Viewer Viewer, int AgendaItemId, string? Number, string Title, DecisionOutcome? Outcome,
    int? Yes, int? No, int? Abstentions, int? Biased);

public sealed class CorrectAgendaItemHandler(AppDbContext db, NonPublicAccess access, AuditLog audit)
{
    public async Task<Result> HandleAsync(CorrectAgendaItem command, CancellationToken ct)
    {
        var target = await ReviewTarget.LoadAsync(db, access, command.ImportId, command.Viewer, ct);
        var meeting = target.IsError ? target.Error! : target.Value.RequireMeeting();
        if (meeting.IsError)
        {
            return meeting.Error!;
        }

        var item = meeting.Value.AgendaItems.FirstOrDefault(i => i.Id == command.AgendaItemId && !i.Deleted);
        if (item is null || (!item.IsPublic && !target.Value.NonPublicVisible))
        {
            return new NotFoundError("agenda.not_found", "This meeting has no such agenda item.");
        }

        var votes = Votes(command);
        if (votes.IsError)
        {
            return votes.Error!;
        }

        var before = (item.Number, item.Title, item.Outcome, item.Votes);
        var decided = item.RecordDecision(item.ResolutionText, command.Outcome, votes.Value);
        var revised = decided.IsError ? decided : meeting.Value.ReviseAgendaItem(item, command.Number, command.Title);
        if (revised.IsError)
        {
            return revised;
        }

        var scope = target.Value.Audit;
        audit.Changed(scope, "AgendaItem", item.Id, "number", before.Number, item.Number);
        audit.Changed(scope, "AgendaItem", item.Id, "title", before.Title, item.Title);
        audit.Changed(scope, "AgendaItem", item.Id, "outcome", before.Outcome, item.Outcome);
        audit.Changed(scope, "AgendaItem", item.Id, "votes.yes", before.Votes?.Yes, item.Votes?.Yes);
        audit.Changed(scope, "AgendaItem", item.Id, "votes.no", before.Votes?.No, item.Votes?.No);
        audit.Changed(scope, "AgendaItem", item.Id, "votes.abstentions", before.Votes?.Abstentions, item.Votes?.Abstentions);
        audit.Changed(scope, "AgendaItem", item.Id, "votes.biased", before.Votes?.Biased, item.Votes?.Biased);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    private static Result<VoteCounts?> Votes(CorrectAgendaItem command)
    {
        if (command is { Yes: null, No: null, Abstentions: null, Biased: null })
        {
            return (VoteCounts?)null;
        }

        if (command.Yes is not { } yes || command.No is not { } no)
        {
            return new ValidationError("vote.incomplete", "Give at least the yes and no votes, or leave all counts empty.", "yes");
        }

        var counts = VoteCounts.Create(yes, no, command.Abstentions ?? 0, command.Biased ?? 0);
        return counts.IsError ? counts.Error! : counts.Value;
    }
}
