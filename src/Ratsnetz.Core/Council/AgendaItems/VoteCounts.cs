using Ratsnetz.Common;

namespace Ratsnetz.Council.AgendaItems;

/// <summary>
/// The tally of an open vote. Biased members (befangen, § 31 GO NRW) took no part and are counted separately;
/// abstentions are not votes cast (§ 50 GO NRW).
/// </summary>
public sealed record VoteCounts(int Yes, int No, int Abstentions, int Biased)
{
    public int VotesCast => Yes + No;

    public static Result<VoteCounts> Create(int yes, int no, int abstentions, int biased)
    {
        if (yes < 0 || no < 0 || abstentions < 0 || biased < 0)
        {
            return new ValidationError("vote.negative_count", "Vote counts cannot be negative.", "yes");
        }

        return new VoteCounts(yes, no, abstentions, biased);
    }

    /// <summary>Majority of votes cast; a tie is a rejection; abstentions do not count.</summary>
    public bool IsMajorityInFavour => Yes > No;
}
