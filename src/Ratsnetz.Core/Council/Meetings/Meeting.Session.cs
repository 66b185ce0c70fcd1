using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Sessions;

namespace Ratsnetz.Council.Meetings;

/// <summary>The rules of running the meeting: who may vote, the vote itself, the quorum at a moment.</summary>
public sealed partial class Meeting
{
    /// <summary>
    /// § 49 GO NRW at local time <paramref name="at"/>, for <paramref name="item"/> when given (its biased members
    /// are not counted).
    /// </summary>
    public Result<QuorumResult> QuorumAt(int? statutoryMembers, TimeOnly at, AgendaItem? item) =>
        QuorumRule.Evaluate(statutoryMembers, PresenceAtTime.Participants(_attendances, at), item?.BiasedPersonIds() ?? new HashSet<int>());

    /// <summary>
    /// People entitled to vote on <paramref name="item"/>: present (at <paramref name="at"/> when given) with a
    /// voting role — a deputy only while standing in for an absent member — and not biased on the item.
    /// </summary>
    public IReadOnlySet<int> VotersFor(AgendaItem item, TimeOnly? at)
    {
        ArgumentNullException.ThrowIfNull(item);
        var biased = item.BiasedPersonIds();
        return _attendances
            .Where(a => !a.Deleted && (at is { } time ? a.IsPresentAt(time) : a.Status == AttendanceStatus.Present))
            .Where(a => QuorumRule.CountsForQuorum(new QuorumParticipant(a.PersonId, a.Role, a.SubstituteForPersonId)))
            .Select(a => a.PersonId)
            .Where(id => !biased.Contains(id))
            .ToHashSet();
    }

    /// <summary>
    /// Records the vote on an item. Counts and secret votes take the counts; a roll call takes ballots by name, only
    /// from entitled voters, and counts them. The outcome is derived by § 50; a different outcome needs a reason.
    /// Where attendance is recorded, no more votes can be counted than there are entitled voters.
    /// </summary>
    public Result<VoteCounts> RecordVote(AgendaItem item, VoteInput vote)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(vote);
        if (!_agendaItems.Contains(item) || item.Deleted)
        {
            return new NotFoundError("agenda.not_found", "This meeting has no such agenda item.");
        }

        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("vote.meeting_cancelled", "A cancelled meeting takes no votes.");
        }

        if (!Enum.IsDefined(vote.Mode) || vote.OutcomeOverride is { } o && !Enum.IsDefined(o))
        {
            return new ValidationError("vote.unknown_value", "Unknown vote mode or outcome.", "mode");
        }

        var counted = vote.Mode == VoteMode.RollCall ? CountRollCall(item, vote) : CheckCounts(item, vote);
        if (counted.IsError)
        {
            return counted.Error!;
        }

        var counts = counted.Value;
        var derived = VoteOutcomeRule.Derive(counts);
        var outcome = vote.OutcomeOverride ?? derived;
        var reason = outcome == derived ? null : Text.Clean(vote.OverrideReason);
        if (outcome != derived && reason is null)
        {
            return new ValidationError("vote.override_reason_required", "An outcome other than the one the votes give needs a reason.", "overrideReason");
        }

        item.ApplyVote(vote.Mode, counts, outcome, reason, vote.ResolutionText, vote.Mode == VoteMode.RollCall ? vote.Ballots : []);
        return counts;
    }

    private Result<VoteCounts> CheckCounts(AgendaItem item, VoteInput vote)
    {
        if (vote.Ballots.Count > 0)
        {
            return new ValidationError("vote.ballots_not_allowed", "Only a roll call records who voted how.", "ballots");
        }

        if (vote.Counts is not { } given)
        {
            return new ValidationError("vote.counts_required", "Enter the yes, no and abstention counts.", "yes");
        }

        var counts = VoteCounts.Create(given.Yes, given.No, given.Abstentions, item.BiasedPersonIds().Count);
        if (counts.IsError)
        {
            return counts.Error!;
        }

        var voters = VotersFor(item, vote.At);
        var anyAttendance = _attendances.Any(a => !a.Deleted);
        if (anyAttendance && given.Yes + given.No + given.Abstentions > voters.Count)
        {
            return new ValidationError("vote.more_votes_than_voters", $"{voters.Count} members may vote on this item; the counts add up to more.", "yes");
        }

        return counts.Value;
    }

    private Result<VoteCounts> CountRollCall(AgendaItem item, VoteInput vote)
    {
        if (vote.Ballots.Count == 0)
        {
            return new ValidationError("vote.ballots_required", "A roll call needs the ballots by name.", "ballots");
        }

        if (vote.Ballots.Select(b => b.PersonId).Distinct().Count() != vote.Ballots.Count)
        {
            return new ValidationError("vote.duplicate_ballot", "Each member votes once.", "ballots");
        }

        if (vote.Ballots.Any(b => !Enum.IsDefined(b.Ballot)))
        {
            return new ValidationError("vote.unknown_value", "Unknown ballot.", "ballots");
        }

        var biased = item.BiasedPersonIds();
        if (vote.Ballots.Any(b => biased.Contains(b.PersonId)))
        {
            return new ConflictError("vote.biased_voter", "A member who declared bias on this item cannot vote on it.");
        }

        var voters = VotersFor(item, vote.At);
        if (vote.Ballots.Any(b => !voters.Contains(b.PersonId)))
        {
            return new ValidationError("vote.not_entitled", "Only members present with a vote can cast a ballot.", "ballots");
        }

        return VoteOutcomeRule.Tally(vote.Ballots.Select(b => (b.PersonId, b.Ballot)), biased);
    }

    /// <summary>Notes when someone left; the other facts of their attendance stay.</summary>
    public Result RecordDeparture(int personId, TimeOnly until)
    {
        var attendance = _attendances.FirstOrDefault(a => a.PersonId == personId && !a.Deleted);
        if (attendance is null)
        {
            return new NotFoundError("attendance.not_found", "This meeting has no such attendance.");
        }

        return CorrectAttendance(personId, attendance.Status, attendance.Role, attendance.From, until);
    }

    /// <summary>Changes whom a present person stands in for (or clears it) under the substitution rules.</summary>
    public Result ChangeSubstitute(int personId, int? substituteFor)
    {
        var attendance = _attendances.FirstOrDefault(a => a.PersonId == personId && !a.Deleted);
        if (attendance is null)
        {
            return new NotFoundError("attendance.not_found", "This meeting has no such attendance.");
        }

        if (substituteFor == attendance.SubstituteForPersonId)
        {
            return Result.Success;
        }

        if (substituteFor is { } absentee)
        {
            var previous = attendance.SubstituteForPersonId;
            attendance.SetSubstituteFor(null);
            var check = CheckSubstitution(personId, attendance.Status, absentee);
            if (check.IsError)
            {
                attendance.SetSubstituteFor(previous);
                return check;
            }
        }

        attendance.SetSubstituteFor(substituteFor);
        return Result.Success;
    }
}

/// <summary>
/// A vote as the form enters it: counts for an open or secret vote, ballots for a roll call; <see cref="At"/> is the
/// local time of the vote (who was in the room), <see cref="OutcomeOverride"/> with <see cref="OverrideReason"/>
/// replaces the derived outcome.
/// </summary>
public sealed record VoteInput(
    VoteMode Mode,
    VoteCounts? Counts,
    IReadOnlyList<RollCallEntry> Ballots,
    TimeOnly? At = null,
    string? ResolutionText = null,
    DecisionOutcome? OutcomeOverride = null,
    string? OverrideReason = null);
