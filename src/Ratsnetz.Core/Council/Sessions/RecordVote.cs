using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>The vote on one agenda item (counts, roll call or secret), its resolution text and, if needed, an overridden outcome.</summary>
public sealed record RecordVote(Viewer Viewer, int MeetingId, int AgendaItemId, VoteInput Vote);

/// <summary>What the chair announces: the counts, the outcome, and whether it was overridden.</summary>
public sealed record RecordedVote(VoteMode Mode, VoteCounts Counts, DecisionOutcome Outcome, string? OverrideReason);

public sealed class RecordVoteHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<RecordedVote>> HandleAsync(RecordVote command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        var item = target.IsError ? target.Error! : target.Value.Item(command.AgendaItemId);
        if (item.IsError)
        {
            return item.Error!;
        }

        var agendaItem = item.Value;
        var before = (agendaItem.VoteMode, agendaItem.Votes, agendaItem.Outcome, agendaItem.OutcomeOverrideReason, agendaItem.ResolutionText,
            Ballots: agendaItem.Ballots.Where(b => !b.Deleted).ToDictionary(b => b.PersonId, b => b.Ballot));
        var recorded = target.Value.Meeting.RecordVote(agendaItem, command.Vote);
        if (recorded.IsError)
        {
            return recorded.Error!;
        }

        var scope = target.Value.Audit with { Reason = agendaItem.OutcomeOverrideReason };
        var id = agendaItem.Id;
        audit.Changed(scope, "AgendaItem", id, "vote_mode", before.VoteMode, agendaItem.VoteMode);
        audit.Changed(scope, "AgendaItem", id, "votes.yes", before.Votes?.Yes, agendaItem.Votes?.Yes);
        audit.Changed(scope, "AgendaItem", id, "votes.no", before.Votes?.No, agendaItem.Votes?.No);
        audit.Changed(scope, "AgendaItem", id, "votes.abstentions", before.Votes?.Abstentions, agendaItem.Votes?.Abstentions);
        audit.Changed(scope, "AgendaItem", id, "votes.biased", before.Votes?.Biased, agendaItem.Votes?.Biased);
        audit.Changed(scope, "AgendaItem", id, "outcome", before.Outcome, agendaItem.Outcome);
        audit.Changed(scope, "AgendaItem", id, "outcome_override_reason", before.OutcomeOverrideReason, agendaItem.OutcomeOverrideReason);
        audit.Changed(scope, "AgendaItem", id, "resolution", before.ResolutionText, agendaItem.ResolutionText);
        var after = agendaItem.Ballots.Where(b => !b.Deleted).ToDictionary(b => b.PersonId, b => b.Ballot);
        foreach (var personId in before.Ballots.Keys.Union(after.Keys).Order())
        {
            audit.Changed(scope, "AgendaItem", id, $"ballot.{personId}",
                before.Ballots.TryGetValue(personId, out var old) ? old : (Ballot?)null,
                after.TryGetValue(personId, out var now) ? now : (Ballot?)null);
        }

        await db.SaveChangesAsync(ct);
        return new RecordedVote(agendaItem.VoteMode!.Value, recorded.Value, agendaItem.Outcome!.Value, agendaItem.OutcomeOverrideReason);
    }
}
