namespace Ratsnetz.Documents.Scoring;

/// <summary>
/// Pairs gold entries with extracted entries: every allowed pair gets a score, and pairs are taken greedily from the best
/// score down, each entry at most once. Ties go to the pair closest in list position, so that repeated entries pair in order.
/// </summary>
public static class ListMatcher
{
    public static IReadOnlyList<(int Gold, int Extracted)> Match(int goldCount, int extractedCount, Func<int, int, double> score)
    {
        var candidates = new List<(double Score, int Gold, int Extracted)>();
        for (var g = 0; g < goldCount; g++)
        {
            for (var e = 0; e < extractedCount; e++)
            {
                var value = score(g, e);
                if (value > 0)
                {
                    candidates.Add((value, g, e));
                }
            }
        }

        var usedGold = new bool[goldCount];
        var usedExtracted = new bool[extractedCount];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, e) in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.Gold - c.Extracted)).ThenBy(c => c.Gold))
        {
            if (!usedGold[g] && !usedExtracted[e])
            {
                usedGold[g] = usedExtracted[e] = true;
                pairs.Add((g, e));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Extracted entries a truncated gold list cannot contain: the cut falls after the gold list's last entry, so entries
    /// extracted after the match of that last entry are beyond it. If the last gold entry is unmatched, the cut is unknown
    /// and nothing is excused (an extractor cannot avoid false positives by missing everything).
    /// </summary>
    public static ISet<int> BeyondCut(int goldCount, int extractedCount, IReadOnlyList<(int Gold, int Extracted)> pairs)
    {
        var beyond = new HashSet<int>();
        var last = pairs.Where(p => p.Gold == goldCount - 1).Select(p => (int?)p.Extracted).FirstOrDefault();
        if (last is null)
        {
            return beyond;
        }

        var matched = pairs.Select(p => p.Extracted).ToHashSet();
        for (var e = last.Value + 1; e < extractedCount; e++)
        {
            if (!matched.Contains(e))
            {
                beyond.Add(e);
            }
        }

        return beyond;
    }
}
