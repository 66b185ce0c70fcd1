using Ratsnetz.Council.AgendaItems;

namespace Ratsnetz.Council.Sessions;

/// <summary>How a member voted in a roll call.</summary>
public enum Ballot
{
    Yes = 1,
    No = 2,
    Abstain = 3,
}

/// <summary>
/// § 50 GO NRW: a motion passes with the majority of the votes cast; a tie is a rejection; abstentions are not votes
/// cast. "Einstimmig" is used only when nobody voted against and nobody abstained.
/// </summary>
public static class VoteOutcomeRule
{
    public static DecisionOutcome Derive(VoteCounts votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (!votes.IsMajorityInFavour)
        {
            return DecisionOutcome.Rejected;
        }

        return votes.No == 0 && votes.Abstentions == 0 ? DecisionOutcome.Unanimous : DecisionOutcome.Adopted;
    }

    /// <summary>
    /// Counts a roll call. Ballots of members who declared bias are not counted (they must not vote, § 31); they are
    /// reported as biased so the minutes can name the number.
    /// </summary>
    public static VoteCounts Tally(IEnumerable<(int PersonId, Ballot Ballot)> ballots, IReadOnlySet<int> biasedPersonIds)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(biasedPersonIds);
        var byPerson = ballots.GroupBy(b => b.PersonId).ToDictionary(g => g.Key, g => g.Last().Ballot);
        var counted = byPerson.Where(b => !biasedPersonIds.Contains(b.Key)).Select(b => b.Value).ToList();
        return new VoteCounts(
            counted.Count(b => b == Ballot.Yes),
            counted.Count(b => b == Ballot.No),
            counted.Count(b => b == Ballot.Abstain),
            biasedPersonIds.Count);
    }
}
