using Ratsnetz.Council.AgendaItems;

namespace Ratsnetz.Council.Sessions;

public sealed class VoteOutcomeRuleTests
{
    [Theory]
    [InlineData(9, 0, 0, DecisionOutcome.Unanimous)]
    [InlineData(9, 0, 2, DecisionOutcome.Adopted)]    // abstentions do not count, but it is not "einstimmig"
    [InlineData(5, 4, 10, DecisionOutcome.Adopted)]   // majority of votes cast, not of members
    [InlineData(4, 4, 1, DecisionOutcome.Rejected)]   // a tie is a rejection
    [InlineData(3, 5, 0, DecisionOutcome.Rejected)]
    [InlineData(0, 0, 7, DecisionOutcome.Rejected)]   // nobody voted yes
    public void The_outcome_follows_the_majority_of_votes_cast(int yes, int no, int abstain, DecisionOutcome expected)
    {
        Assert.Equal(expected, VoteOutcomeRule.Derive(new VoteCounts(yes, no, abstain, 0)));
    }

    [Fact]
    public void A_derived_outcome_is_accepted_by_the_agenda_item()
    {
        var votes = new VoteCounts(4, 4, 1, 1);
        var item = Meetings.Meeting.Create(1, null).Value.AddAgendaItem("3", true, "Integrationskonzept").Value;

        Assert.True(item.RecordDecision("Der Integrationsrat lehnt ab.", VoteOutcomeRule.Derive(votes), votes).IsSuccess);
    }

    [Fact]
    public void A_roll_call_counts_each_member_once_and_leaves_out_biased_members()
    {
        (int, Ballot)[] ballots = [(1, Ballot.Yes), (2, Ballot.No), (3, Ballot.Yes), (4, Ballot.Abstain), (5, Ballot.Yes), (2, Ballot.Yes)];

        var counts = VoteOutcomeRule.Tally(ballots, new HashSet<int> { 5 });

        // Person 2 corrected the ballot before the count closed; person 5 was biased.
        Assert.Equal(new VoteCounts(3, 0, 1, 1), counts);
    }
}
