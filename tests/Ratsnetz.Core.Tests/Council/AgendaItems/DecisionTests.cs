using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.AgendaItems;

public sealed class DecisionTests
{
    private static AgendaItem Item() => Meeting.Create(1, null).Value.AddAgendaItem("1", true, "Integrationskonzept").Value;

    [Fact]
    public void Vote_counts_cannot_be_negative()
    {
        Assert.Equal("vote.negative_count", VoteCounts.Create(9, -1, 0, 0).Error?.Code);
    }

    [Fact]
    public void A_unanimous_adoption_has_no_votes_against()
    {
        var result = Item().RecordDecision("Beschluss", DecisionOutcome.Unanimous, new VoteCounts(8, 1, 0, 0));

        Assert.Equal("decision.unanimous_with_no_votes", result.Error?.Code);
    }

    [Fact]
    public void A_tie_is_not_an_adoption()
    {
        var result = Item().RecordDecision("Beschluss", DecisionOutcome.Adopted, new VoteCounts(4, 4, 1, 0));

        Assert.Equal("decision.adopted_without_majority", result.Error?.Code);
    }

    [Fact]
    public void Abstentions_do_not_block_an_adoption()
    {
        var item = Item();

        var result = item.RecordDecision("Beschluss", DecisionOutcome.Adopted, new VoteCounts(3, 2, 6, 0));

        Assert.True(result.IsSuccess);
        Assert.Equal(5, item.Votes!.VotesCast);
    }

    [Fact]
    public void A_majority_in_favour_is_not_a_rejection()
    {
        var result = Item().RecordDecision(null, DecisionOutcome.Rejected, new VoteCounts(5, 2, 0, 0));

        Assert.Equal("decision.rejected_with_majority", result.Error?.Code);
    }

    [Fact]
    public void The_Coesfeld_resolution_is_adopted_unchanged_nine_to_nothing()
    {
        var item = Item();

        item.RecordDecision("Das 1. Integrationskonzept des Kreises Coesfeld wird verabschiedet.", DecisionOutcome.AdoptedUnchanged, VoteCounts.Create(9, 0, 0, 0).Value).ThrowIfError();

        Assert.Equal(new VoteCounts(9, 0, 0, 0), item.Votes);
        Assert.Equal(DecisionOutcome.AdoptedUnchanged, item.Outcome);
    }

    [Fact]
    public void Speakers_are_kept_in_order_and_may_speak_twice()
    {
        var item = Item();
        item.AddContribution(7);
        item.AddContribution(8);
        item.AddContribution(7);

        Assert.Equal([7, 8, 7], item.Contributions.Select(c => c.PersonId));
        Assert.Equal([1, 2, 3], item.Contributions.Select(c => c.Order));
    }
}
