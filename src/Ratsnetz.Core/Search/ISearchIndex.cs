using Ratsnetz.Data;

namespace Ratsnetz.Search;

/// <summary>
/// The engine-specific half of search (ADR 0015): turns parsed clauses into the engine's full-text query over
/// <c>search_documents</c>. Implemented once per provider (<c>Ratsnetz.Data.Sqlite</c>, <c>Ratsnetz.Data.Postgres</c>);
/// parsing, visibility, the typo fallback and snippets are the same for both and live in <see cref="SearchCouncilHandler"/>.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// One page of documents matching every clause by its stem, or every clause as a substring of the folded text (a
    /// compound part), best first: an exact reference (the paper before the other documents carrying it; for a query
    /// of one reference these are candidates however many documents cite it); then documents matching every clause by
    /// token (a word's stem as a token prefix, since the stemmer cuts "Systems" and "System" differently) before the
    /// rest; within each, more clauses found in the title first (a person or organization named by the query), then the
    /// engine's rank (title weighted ten to one; left out when the token matches alone exceed
    /// <see cref="SearchIndexQuery.CandidateLimit"/>, ADR 0018), then newer before older. A query of paper references
    /// alone matches substrings only when no document holds them as written. With <see cref="SearchOrder.Newest"/> only
    /// the date orders, newest first.
    /// </summary>
    Task<SearchIndexPage> FindAsync(AppDbContext db, SearchIndexQuery query, CancellationToken cancellationToken);

    /// <summary>Indexed stems that look like <paramref name="stem"/>: candidates for the typo fallback, unordered.</summary>
    Task<IReadOnlyList<string>> SimilarStemsAsync(AppDbContext db, string stem, CancellationToken cancellationToken);

    /// <summary>Empties the index and returns the engine's bulk writer for a full rebuild (<see cref="SearchIndexer.RebuildAsync"/>).</summary>
    Task<ISearchIndexRebuild> BeginRebuildAsync(AppDbContext db, CancellationToken cancellationToken);
}

public sealed record SearchIndexQuery(
    SearchQuery Query, SearchFilter Filter, SearchVisibility Visibility, int Offset, int Limit, SearchOrder Order = SearchOrder.Relevance)
{
    /// <summary>
    /// The step of <see cref="CandidateLimit"/>: the first ten pages of twenty rank the same 200 candidates.
    /// </summary>
    public const int CandidateStep = 200;

    /// <summary>
    /// How many matching documents are ranked and counted at most for this page (ADR 0018): the engines collect up to
    /// this many candidates — those matching every clause as tokens first — and order those, so a query matching half
    /// a million documents costs about what one matching a few hundred does. Beyond it the total is reported as "more
    /// than". It grows in steps of <see cref="CandidateStep"/> with the page asked for, so a later page is still
    /// answered; reading and ordering each candidate's keys was most of a capped query's time at a million papers
    /// (1,000 candidates: 13-22 ms on SQLite, 200: 3-4 ms).
    /// </summary>
    public int CandidateLimit => CandidateStep * Math.Max(1, (Offset + Limit + CandidateStep - 1) / CandidateStep);
}

/// <summary>How matches are ordered: best first (the search page), or by their date, newest first (feeds and alerts).</summary>
public enum SearchOrder
{
    Relevance = 0,

    /// <summary>The document's date descending, undated documents (persons, organizations) last.</summary>
    Newest = 1,
}

/// <summary>Narrowing by body, kind (<see cref="SearchKind"/>) and year of the document's date.</summary>
public sealed record SearchFilter(int? BodyId, string? Kind, int? Year)
{
    public static readonly SearchFilter None = new(null, null, null);
}

/// <summary>
/// What a viewer may find besides public documents: everything (administrators), or the non-public papers, agenda
/// items and files named here, as the Core visibility rules decide them (ADR 0005).
/// </summary>
public sealed record SearchVisibility(bool Everything, IReadOnlyList<int> PaperIds, IReadOnlyList<int> AgendaItemIds, IReadOnlyList<int> FileIds)
{
    public static readonly SearchVisibility PublicOnly = new(false, [], [], []);

    public static readonly SearchVisibility All = new(true, [], [], []);
}

public sealed record SearchIndexHit(string Kind, int EntityId, string Title, string? Reference, string? Context, DateOnly? Date, string Content);

/// <summary>A page of hits; <see cref="Capped"/> when more documents matched than <see cref="Total"/> (the candidates) counts.</summary>
public sealed record SearchIndexPage(int Total, IReadOnlyList<SearchIndexHit> Hits)
{
    public bool Capped { get; init; }
}
