using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Feeds.Atom;

/// <summary>A saved search as a feed: the same text and filters as the search page.</summary>
public sealed record GetSearchFeed(string? Text, int? BodyId = null, string? Kind = null, int? Year = null);

/// <remarks>
/// The newest public matches by their date (a paper's, meeting's or file's date), not by relevance: a feed reader
/// shows what came in, and a search that matches thousands of documents would otherwise never show a new one. The
/// search runs as an anonymous viewer, so non-public content never enters a feed (ADR 0005, ADR 0016).
/// </remarks>
public sealed class GetSearchFeedHandler(AppDbContext db, SearchCouncilHandler search)
{
    public async Task<Result<AtomFeed>> HandleAsync(GetSearchFeed query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var results = await search.HandleAsync(
            new SearchCouncil(Viewer.Anonymous, query.Text, query.BodyId, query.Kind, query.Year, 1, GetAtomFeedHandler.MaxEntries, SearchOrder.Newest), ct);
        if (results.Error is { } error)
        {
            return error;
        }

        var times = await RecordedAsync(results.Value.Hits, ct);
        var entries = results.Value.Hits
            .Where(h => times.ContainsKey((h.Kind, h.EntityId)))
            .Select(h => Entry(h, times[(h.Kind, h.EntityId)]))
            .ToList();
        var page = "/suche?q=" + Uri.EscapeDataString(results.Value.Text);
        return new AtomFeed($"Suche: {results.Value.Text}", page, entries);
    }

    private static AtomEntry Entry(SearchHit hit, (DateTime Created, DateTime Modified) time)
    {
        var title = string.Concat(hit.Title.Select(p => p.Text));
        var summary = string.Join(" – ", new[]
        {
            hit.Context,
            hit.Date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            string.Concat(hit.Snippet.Select(p => p.Text)),
        }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new AtomEntry(SearchLinks.For(hit), hit.Reference is null ? title : $"{hit.Reference}: {title}", summary, time.Created, time.Modified);
    }

    // When each hit was recorded and last changed, one query per kind present (at most six, usually two or three).
    private async Task<Dictionary<(string Kind, int Id), (DateTime Created, DateTime Modified)>> RecordedAsync(
        IReadOnlyList<SearchHit> hits, CancellationToken ct)
    {
        var times = new Dictionary<(string Kind, int Id), (DateTime Created, DateTime Modified)>();
        foreach (var group in hits.GroupBy(h => h.Kind))
        {
            var ids = group.Select(h => h.EntityId).ToList();
            IQueryable<Entity> entities = group.Key switch
            {
                SearchKind.Meeting => db.Meetings,
                SearchKind.AgendaItem => db.AgendaItems,
                SearchKind.Paper => db.Papers,
                SearchKind.File => db.Files,
                SearchKind.Person => db.People,
                SearchKind.Organization => db.Organizations,
                _ => throw new InvalidOperationException($"Unknown search kind {group.Key}."),
            };
            var rows = await entities.AsNoTracking().Where(e => ids.Contains(e.Id))
                .Select(e => new { e.Id, e.Created, e.Modified }).ToListAsync(ct);
            foreach (var row in rows)
            {
                times[(group.Key, row.Id)] = (row.Created, row.Modified);
            }
        }

        return times;
    }
}
