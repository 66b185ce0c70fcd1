using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Sessions;

/// <summary>Votes recorded during the meeting: § 50 outcome, roll-call eligibility, bias and overrides.</summary>
public sealed class MeetingVoteTests
{
    private const int Muster = 1;
    private const int Becker = 2;
    private const int Brandt = 3;
    private const int Deputy = 4;
    private const int Guest = 5;

    private static readonly IReadOnlyList<RollCallEntry> NoBallots = [];

    private static (Meeting Meeting, AgendaItem Item) MeetingWithItem()
    {
        var meeting = Meeting.Create(1, new DateOnly(2026, 3, 12), new TimeOnly(18, 0), new TimeOnly(20, 0)).Value;
        _ = meeting.RecordAttendance(Muster, AttendanceStatus.Present, AttendanceRole.Chair).Value;
        _ = meeting.RecordAttendance(Becker, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(Until: new TimeOnly(19, 0))).Value;
        _ = meeting.RecordAttendance(Brandt, AttendanceStatus.Present, AttendanceRole.Member, new AttendanceDetails(From: new TimeOnly(18, 30))).Value;
        _ = meeting.RecordAttendance(Guest, AttendanceStatus.Present, AttendanceRole.Guest).Value;
        return (meeting, meeting.AddAgendaItem("1", true, "Sommerfest der Kulturen").Value);
    }

    private static VoteInput Counted(int yes, int no, int abstentions) => new(VoteMode.Counts, new VoteCounts(yes, no, abstentions, 0), NoBallots);

    [Fact]
    public void A_tie_is_rejected()
    {
        var (meeting, item) = MeetingWithItem();

        var result = meeting.RecordVote(item, Counted(1, 1, 1));

        Assert.True(result.IsSuccess);
        Assert.Equal((DecisionOutcome?)DecisionOutcome.Rejected, item.Outcome);
        Assert.Equal(new VoteCounts(1, 1, 1, 0), item.Votes);
        Assert.Equal((VoteMode?)VoteMode.Counts, item.VoteMode);
    }

    [Fact]
    public void When_everyone_abstains_no_vote_is_cast_and_the_motion_fails()
    {
        var (meeting, item) = MeetingWithItem();

        _ = meeting.RecordVote(item, Counted(0, 0, 3)).Value;

        Assert.Equal((DecisionOutcome?)DecisionOutcome.Rejected, item.Outcome);
        Assert.Equal(0, item.Votes!.VotesCast);
    }

    [Fact]
    public void Abstentions_do_not_count_against_a_majority_of_votes_cast()
    {
        var (meeting, item) = MeetingWithItem();

        _ = meeting.RecordVote(item, Counted(1, 0, 2)).Value;

        Assert.Equal((DecisionOutcome?)DecisionOutcome.Adopted, item.Outcome);
    }

    [Fact]
    public void More_counted_votes_than_entitled_voters_are_refused()
    {
        var (meeting, item) = MeetingWithItem();

        // Three voting members; the guest has no vote.
        var result = meeting.RecordVote(item, Counted(2, 1, 1));

        Assert.Equal("vote.more_votes_than_voters", result.Error?.Code);
        Assert.Null(item.Outcome);
    }

    [Fact]
    public void A_roll_call_counts_the_ballots_by_name()
    {
        var (meeting, item) = MeetingWithItem();
        var ballots = new[] { new RollCallEntry(Muster, Ballot.Yes), new RollCallEntry(Becker, Ballot.Yes), new RollCallEntry(Brandt, Ballot.No) };

        var counts = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, ballots, new TimeOnly(18, 45))).Value;

        Assert.Equal(new VoteCounts(2, 1, 0, 0), counts);
        Assert.Equal((DecisionOutcome?)DecisionOutcome.Adopted, item.Outcome);
        Assert.Equal(ballots.Select(b => (b.PersonId, b.Ballot)), item.Ballots.Select(b => (b.PersonId, b.Ballot)));
    }

    [Fact]
    public void Only_people_in_the_room_with_a_vote_may_cast_a_ballot()
    {
        var (meeting, item) = MeetingWithItem();

        var gone = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Becker, Ballot.Yes)], new TimeOnly(19, 0)));
        var notYetThere = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Brandt, Ballot.Yes)], new TimeOnly(18, 15)));
        var guest = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Guest, Ballot.Yes)]));

        Assert.All(new[] { gone, notYetThere, guest }, r => Assert.Equal("vote.not_entitled", r.Error?.Code));
        Assert.Empty(item.Ballots);
    }

    [Fact]
    public void A_biased_member_cannot_vote_and_is_reported_as_biased()
    {
        var (meeting, item) = MeetingWithItem();
        _ = item.DeclareBias(Brandt, "verließ den Raum").Value;

        var refused = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Brandt, Ballot.Yes)]));
        var counted = meeting.RecordVote(item, Counted(2, 0, 0));
        var tooMany = meeting.RecordVote(item, Counted(2, 1, 0));

        Assert.Equal("vote.biased_voter", refused.Error?.Code);
        Assert.Equal(new VoteCounts(2, 0, 0, 1), counted.Value);
        Assert.Equal("vote.more_votes_than_voters", tooMany.Error?.Code);
        Assert.Equal((DecisionOutcome?)DecisionOutcome.Unanimous, item.Outcome);
    }

    [Fact]
    public void Bias_cannot_be_declared_by_someone_who_already_voted_by_name()
    {
        var (meeting, item) = MeetingWithItem();
        _ = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Muster, Ballot.Yes)])).Value;

        var result = item.DeclareBias(Muster, null);

        Assert.Equal("bias.already_voted", result.Error?.Code);
        Assert.Empty(item.BiasedPersonIds());
    }

    [Fact]
    public void A_deputy_votes_only_while_standing_in_for_an_absent_member()
    {
        var meeting = Meeting.Create(1, new DateOnly(2026, 3, 12)).Value;
        _ = meeting.RecordAttendance(Muster, AttendanceStatus.Excused, AttendanceRole.Member).Value;
        _ = meeting.RecordAttendance(Deputy, AttendanceStatus.Present, AttendanceRole.DeputyMember).Value;
        var item = meeting.AddAgendaItem("1", true, "Bericht").Value;

        var before = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Deputy, Ballot.Yes)]));
        meeting.ChangeSubstitute(Deputy, Muster).ThrowIfError();
        var after = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Deputy, Ballot.Yes)]));

        Assert.Equal("vote.not_entitled", before.Error?.Code);
        Assert.True(after.IsSuccess);
    }

    [Fact]
    public void A_substitute_for_a_member_who_is_present_is_refused()
    {
        var (meeting, _) = MeetingWithItem();
        _ = meeting.RecordAttendance(Deputy, AttendanceStatus.Present, AttendanceRole.DeputyMember).Value;

        var result = meeting.ChangeSubstitute(Deputy, Becker);

        Assert.Equal("attendance.substituted_member_present", result.Error?.Code);
        Assert.Null(meeting.Attendances.Single(a => a.PersonId == Deputy).SubstituteForPersonId);
    }

    [Fact]
    public void A_repeated_roll_call_corrects_and_strikes_earlier_ballots()
    {
        var (meeting, item) = MeetingWithItem();
        _ = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Muster, Ballot.Yes), new RollCallEntry(Becker, Ballot.No)])).Value;

        var counts = meeting.RecordVote(item, new VoteInput(VoteMode.RollCall, null, [new RollCallEntry(Muster, Ballot.Abstain)])).Value;

        Assert.Equal(new VoteCounts(0, 0, 1, 0), counts);
        Assert.Equal([(Muster, Ballot.Abstain, false), (Becker, Ballot.No, true)], item.Ballots.Select(b => (b.PersonId, b.Ballot, b.Deleted)));
    }

    [Fact]
    public void A_secret_vote_keeps_no_names()
    {
        var (meeting, item) = MeetingWithItem();

        var named = meeting.RecordVote(item, new VoteInput(VoteMode.Secret, new VoteCounts(2, 1, 0, 0), [new RollCallEntry(Muster, Ballot.Yes)]));
        var secret = meeting.RecordVote(item, new VoteInput(VoteMode.Secret, new VoteCounts(2, 1, 0, 0), NoBallots));

        Assert.Equal("vote.ballots_not_allowed", named.Error?.Code);
        Assert.True(secret.IsSuccess);
        Assert.Empty(item.Ballots);
        Assert.Equal((VoteMode?)VoteMode.Secret, item.VoteMode);
    }

    [Fact]
    public void An_overridden_outcome_needs_a_reason_and_keeps_it()
    {
        var (meeting, item) = MeetingWithItem();

        var withoutReason = meeting.RecordVote(item, Counted(2, 1, 0) with { OutcomeOverride = DecisionOutcome.Rejected, OverrideReason = " " });
        var withReason = meeting.RecordVote(item, Counted(2, 1, 0) with { OutcomeOverride = DecisionOutcome.Rejected, OverrideReason = "Zweidrittelmehrheit erforderlich" });

        Assert.Equal("vote.override_reason_required", withoutReason.Error?.Code);
        Assert.True(withReason.IsSuccess);
        Assert.Equal((DecisionOutcome?)DecisionOutcome.Rejected, item.Outcome);
        Assert.Equal("Zweidrittelmehrheit erforderlich", item.OutcomeOverrideReason);
    }

    [Fact]
    public void Stating_the_derived_outcome_is_no_override()
    {
        var (meeting, item) = MeetingWithItem();

        _ = meeting.RecordVote(item, Counted(2, 1, 0) with { OutcomeOverride = DecisionOutcome.Adopted, OverrideReason = "überflüssig" }).Value;

        Assert.Null(item.OutcomeOverrideReason);
    }

    [Fact]
    public void A_cancelled_meeting_takes_no_votes()
    {
        var (meeting, item) = MeetingWithItem();
        meeting.Cancel().ThrowIfError();

        Assert.Equal("vote.meeting_cancelled", meeting.RecordVote(item, Counted(1, 0, 0)).Error?.Code);
    }
}
