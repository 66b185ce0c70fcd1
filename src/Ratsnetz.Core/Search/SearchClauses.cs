namespace Ratsnetz.Search;

/// <summary>What each engine needs from a clause, worked out once so both engines search for the same strings.</summary>
public static class SearchClauses
{
    /// <summary>
    /// The folded text a document must contain when the clause is matched as a substring: a word's stem (so
    /// "Konzept" finds "Integrationskonzept"), a phrase or a reference as written. Null below three characters, which
    /// a trigram index cannot look up; such clauses match by token only.
    /// </summary>
    public static string? Substring(this SearchClause clause)
    {
        var text = clause switch
        {
            WordClause w => w.Stem,
            PhraseClause p => p.FoldedText,
            ReferenceClause r => r.Folded,
            _ => throw new ArgumentOutOfRangeException(nameof(clause)),
        };
        return text.Length >= 3 ? text : null;
    }

    /// <summary>The stems that must stand side by side for a token match (one for a word).</summary>
    public static IReadOnlyList<string> TokenStems(this SearchClause clause) => clause switch
    {
        WordClause w => [w.Stem],
        PhraseClause p => p.Stems,
        ReferenceClause r => r.Stems,
        _ => throw new ArgumentOutOfRangeException(nameof(clause)),
    };

    /// <summary>A single word also matches longer tokens that start with its stem ("Integration" in "Integrationsrat").</summary>
    public static bool MatchesTokenPrefix(this SearchClause clause) => clause is WordClause;

    /// <summary>The references asked for, for ranking an exact hit first.</summary>
    public static IReadOnlyList<string> References(this SearchQuery query) =>
        query.Clauses.OfType<ReferenceClause>().Select(r => r.Folded).ToList();
}
