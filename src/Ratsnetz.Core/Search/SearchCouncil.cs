using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.Search;

/// <summary>A search as a front door receives it: text, optional filters, 1-based page.</summary>
public sealed record SearchCouncil(
    Viewer Viewer, string? Text, int? BodyId = null, string? Kind = null, int? Year = null, int Page = 1, int PageSize = 20,
    SearchOrder Order = SearchOrder.Relevance);

/// <summary>A result; <paramref name="MeetingId"/> is set for agenda items, which are shown on their meeting's page.</summary>
public sealed record SearchHit(
    string Kind, int EntityId, int? MeetingId, IReadOnlyList<SnippetPart> Title, string? Reference, string? Context, DateOnly? Date, IReadOnlyList<SnippetPart> Snippet);

/// <summary>
/// One page of results; <paramref name="CorrectedTo"/> names the spelling used when the typed one found nothing. When
/// <see cref="TotalIsCapped"/>, more documents matched than <paramref name="Total"/> (the ranked candidates, ADR 0018):
/// shown as "more than".
/// </summary>
public sealed record SearchResults(string Text, int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, string? CorrectedTo)
{
    public bool TotalIsCapped { get; init; }

    public int PageCount => Total == 0 ? 0 : ((Total - 1) / PageSize) + 1;

    /// <summary>
    /// Whether a next page exists: within the count, or, when it is capped, past it too, since a later page ranks more
    /// candidates (<see cref="SearchIndexQuery.CandidateLimit"/>).
    /// </summary>
    public bool HasNextPage => Page < PageCount || (TotalIsCapped && Hits.Count == PageSize);
}

/// <summary>
/// Search over the council records a viewer may see: parses the text, works out what non-public content the viewer
/// may find (the same rules as every other read model, ADR 0005), asks the engine's index, falls back to the nearest
/// indexed spelling when nothing matched, and cuts snippets.
/// </summary>
public sealed class SearchCouncilHandler(AppDbContext db, NonPublicAccess access, ISearchIndex index)
{
    public const int MaxPageSize = 50;

    public const int MaxPage = 500;

    public async Task<Result<SearchResults>> HandleAsync(SearchCouncil request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var parsed = SearchQuery.Parse(request.Text);
        if (parsed.Error is { } error)
        {
            return error;
        }

        var visibility = await VisibilityAsync(request.Viewer, ct);
        var filter = new SearchFilter(request.BodyId, request.Kind, request.Year);
        var offset = (request.Page - 1) * request.PageSize;
        var query = parsed.Value;
        var page = await index.FindAsync(db, new SearchIndexQuery(query, filter, visibility, offset, request.PageSize, request.Order), ct);
        string? correctedTo = null;
        if (page.Total == 0 && await new TypoCorrection(db, index).CorrectAsync(query, ct) is { } corrected)
        {
            query = corrected;
            page = await index.FindAsync(db, new SearchIndexQuery(query, filter, visibility, offset, request.PageSize, request.Order), ct);
            correctedTo = page.Total > 0 ? string.Join(' ', corrected.Clauses.OfType<WordClause>().Select(w => w.Folded)) : null;
        }

        var stems = query.HighlightStems();
        var itemIds = page.Hits.Where(h => h.Kind == SearchKind.AgendaItem).Select(h => h.EntityId).ToList();
        var meetings = itemIds.Count == 0
            ? []
            : await db.AgendaItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.MeetingId, ct);
        var hits = page.Hits.Select(h => new SearchHit(h.Kind, h.EntityId, h.Kind == SearchKind.AgendaItem ? meetings.GetValueOrDefault(h.EntityId) : null,
            Snippets.Highlight(h.Title, stems), h.Reference, h.Context, h.Date, Snippets.Passage(h.Content, stems))).ToList();
        return new SearchResults(request.Text!.Trim(), page.Total, request.Page, request.PageSize, hits, correctedTo) { TotalIsCapped = page.Capped };
    }

    private static ValidationError? Validate(SearchCouncil request) => request switch
    {
        { Page: < 1 or > MaxPage } => new ValidationError("search.page", $"page must be between 1 and {MaxPage}.", "page"),
        { PageSize: < 1 or > MaxPageSize } => new ValidationError("search.limit", $"limit must be between 1 and {MaxPageSize}.", "limit"),
        { Kind: { } kind } when !SearchKind.IsKnown(kind) =>
            new ValidationError("search.type", $"type must be one of: {string.Join(", ", SearchKind.All)}.", "type"),
        { Year: < 1900 or > 2200 } => new ValidationError("search.year", "year must be a four-digit year.", "year"),
        _ => null,
    };

    // For a viewer with a scope, the non-public records they may see are listed by the existing visibility rules; the
    // lists stay small because they hold only non-public records of the viewer's own organizations.
    private async Task<SearchVisibility> VisibilityAsync(Viewer viewer, CancellationToken ct)
    {
        var scope = await access.ScopeForAsync(viewer, ct);
        if (scope.All)
        {
            return SearchVisibility.All;
        }

        if (scope.OrganizationIds.Count == 0)
        {
            return SearchVisibility.PublicOnly;
        }

        var organizations = scope.OrganizationIds.ToArray();
        var papers = await PaperVisibility.CoveredIds(db, scope)
            .Where(id => db.Papers.Any(p => p.Id == id && !p.IsPublic)).ToListAsync(ct);
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => !i.IsPublic && db.Meetings.Any(m => m.Id == i.MeetingId && organizations.Contains(m.OrganizationId)))
            .Select(i => i.Id).ToListAsync(ct);
        var files = await FileVisibility.Visible(db, scope)
            .Where(f => !f.IsPublic
                || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && !i.IsPublic)
                || db.Papers.Any(p => p.Id == f.PaperId && !p.IsPublic))
            .Select(f => f.Id).ToListAsync(ct);
        return new SearchVisibility(false, papers, items, files);
    }
}
