using Ratsnetz.Data;

namespace Ratsnetz.Search;

/// <summary>
/// The typo-tolerant fallback: when a query finds nothing, each word whose stem is not in the index is replaced by the
/// closest indexed stem (edit distance 1 for short words, 2 for longer ones), and the query runs once more.
/// The engines only supply candidates; the choice is made here so both engines correct alike.
/// </summary>
internal sealed class TypoCorrection(AppDbContext db, ISearchIndex index)
{
    public async Task<SearchQuery?> CorrectAsync(SearchQuery query, CancellationToken ct)
    {
        var changed = false;
        var clauses = new List<SearchClause>();
        foreach (var clause in query.Clauses)
        {
            if (clause is WordClause word && word.Stem.Length >= 4 && await NearestAsync(word.Stem, ct) is { } nearest)
            {
                clauses.Add(new WordClause(nearest, nearest));
                changed = true;
            }
            else
            {
                clauses.Add(clause);
            }
        }

        return changed ? new SearchQuery(clauses) : null;
    }

    private async Task<string?> NearestAsync(string stem, CancellationToken ct)
    {
        var candidates = await index.SimilarStemsAsync(db, stem, ct);
        if (candidates.Contains(stem, StringComparer.Ordinal))
        {
            return null;
        }

        var allowed = stem.Length <= 6 ? 1 : 2;
        return candidates
            .Select(c => (Stem: c, Distance: EditDistance.Between(stem, c, allowed)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Stem, StringComparer.Ordinal)
            .Select(c => c.Stem)
            .FirstOrDefault();
    }
}
