using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;
using Ratsnetz.Feeds;
using Ratsnetz.Feeds.Atom;
using Ratsnetz.Search;

namespace Ratsnetz.Alerts;

/// <summary>
/// What is new for one subscription between its watermark and <c>until</c>. Public content only, always (ADR 0017):
/// a body's items come from the same anonymous feeds as <c>/gremien/{id}/*.atom</c>, a search runs with public
/// visibility, a person's papers must be public.
/// </summary>
public sealed class DigestContent(AppDbContext db, GetAtomFeedHandler feeds, ISearchIndex index, TimeProvider clock)
{
    /// <summary>A saved search looks at this many matches, newest and best, for new ones.</summary>
    public const int SearchCandidates = 500;

    public const int MaxItemsPerSection = 50;

    public async Task<IReadOnlyList<DigestSection>> NewSinceAsync(AlertSubscription subscription, DateTime until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var window = new Window(subscription.NewSince, until);
        var sections = subscription.Kind switch
        {
            AlertKind.Organization => await OrganizationAsync(subscription.OrganizationId!.Value, window, ct),
            AlertKind.Person => await PersonAsync(subscription.PersonId!.Value, window, ct),
            AlertKind.Search => await SearchAsync(subscription.Target, window, ct),
            _ => [],
        };
        return sections.Where(s => s.Items.Count > 0).ToList();
    }

    private async Task<List<DigestSection>> OrganizationAsync(int organizationId, Window window, CancellationToken ct)
    {
        var scope = FeedScope.Organization(organizationId);
        return
        [
            Section("Section_Meetings", (await FeedAsync(FeedTopic.Meetings, scope, ct)).Where(e => window.Contains(e.PublishedUtc))),
            Section("Section_Papers", (await FeedAsync(FeedTopic.Papers, scope, ct)).Where(e => window.Contains(e.PublishedUtc))),
            // A resolution is recorded on an agenda item that existed before, so its last change is what makes it new.
            Section("Section_Resolutions", (await FeedAsync(FeedTopic.Resolutions, scope, ct)).Where(e => window.Contains(e.UpdatedUtc))),
        ];
    }

    private async Task<List<DigestSection>> PersonAsync(int personId, Window window, CancellationToken ct)
    {
        var today = MeetingClock.Today(clock);
        var organizations = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == personId && !m.Deleted && (m.StartDate == null || m.StartDate <= today) && (m.EndDate == null || m.EndDate >= today))
            .Select(m => m.OrganizationId).Distinct().ToListAsync(ct);
        var meetings = new List<AtomEntry>();
        foreach (var organization in organizations)
        {
            meetings.AddRange((await FeedAsync(FeedTopic.Meetings, FeedScope.Organization(organization), ct)).Where(e => window.Contains(e.PublishedUtc)));
        }

        var papers = await db.Papers.AsNoTracking()
            .Where(p => p.IsPublic && !p.Deleted && p.Created > window.From && p.Created <= window.Until
                && db.PaperOriginators.Any(o => o.PaperId == p.Id && o.PersonId == personId))
            .OrderByDescending(p => p.Created)
            .Select(p => new { p.Id, p.Reference, p.Name, p.PaperType, p.Created, p.Modified })
            .Take(MaxItemsPerSection + 1).ToListAsync(ct);
        return
        [
            Section("Section_Meetings", meetings.DistinctBy(e => e.Path).OrderByDescending(e => e.PublishedUtc)),
            Section("Section_Papers", papers.Select(p => new AtomEntry("/vorlagen/" + AlertLinks.Id(p.Id),
                p.Reference is null ? p.Name : $"{p.Reference}: {p.Name}", p.PaperType, p.Created, p.Modified))),
        ];
    }

    private async Task<List<DigestSection>> SearchAsync(AlertTarget target, Window window, CancellationToken ct)
    {
        var parsed = SearchQuery.Parse(target.SearchText);
        if (parsed.IsError)
        {
            return [];
        }

        // Candidates: the best matches and the newest by date. A new record is usually among the newest; one imported
        // with an old date still counts as new to the subscriber if it ranks among the best.
        var filter = new SearchFilter(target.SearchBodyId, target.SearchKind, target.SearchYear);
        var hits = new List<SearchIndexHit>();
        foreach (var order in new[] { SearchOrder.Newest, SearchOrder.Relevance })
        {
            hits.AddRange((await index.FindAsync(db, new SearchIndexQuery(parsed.Value, filter, SearchVisibility.PublicOnly, 0, SearchCandidates, order), ct)).Hits);
        }

        hits = hits.DistinctBy(h => (h.Kind, h.EntityId)).ToList();
        var entries = new List<AtomEntry>();
        entries.AddRange(await NewAsync(hits, SearchKind.Meeting, db.Meetings.AsNoTracking(), window, id => "/sitzungen/" + AlertLinks.Id(id), ct));
        entries.AddRange(await NewAsync(hits, SearchKind.Paper, db.Papers.AsNoTracking(), window, id => "/vorlagen/" + AlertLinks.Id(id), ct));
        entries.AddRange(await NewAsync(hits, SearchKind.File, db.Files.AsNoTracking(), window, id => "/dateien/" + AlertLinks.Id(id), ct));
        var itemIds = hits.Where(h => h.Kind == SearchKind.AgendaItem).Select(h => h.EntityId).ToList();
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => itemIds.Contains(i.Id) && i.Created > window.From && i.Created <= window.Until)
            .Select(i => new { i.Id, i.MeetingId, i.Created, i.Modified }).ToListAsync(ct);
        var byId = hits.Where(h => h.Kind == SearchKind.AgendaItem).ToDictionary(h => h.EntityId);
        entries.AddRange(items.Select(i => new AtomEntry($"/sitzungen/{AlertLinks.Id(i.MeetingId)}#top-{AlertLinks.Id(i.Id)}",
            byId[i.Id].Title, byId[i.Id].Context, i.Created, i.Modified)));
        return [Section("Section_Matches", entries.OrderByDescending(e => e.PublishedUtc))];
    }

    private static async Task<IEnumerable<AtomEntry>> NewAsync<T>(
        IReadOnlyList<SearchIndexHit> hits, string kind, IQueryable<T> table, Window window, Func<int, string> path, CancellationToken ct)
        where T : Common.Entity
    {
        var byId = hits.Where(h => h.Kind == kind).ToDictionary(h => h.EntityId);
        if (byId.Count == 0)
        {
            return [];
        }

        var ids = byId.Keys.ToList();
        var rows = await table.Where(e => ids.Contains(e.Id) && e.Created > window.From && e.Created <= window.Until)
            .Select(e => new { e.Id, e.Created, e.Modified }).ToListAsync(ct);
        return rows.Select(r => new AtomEntry(path(r.Id), byId[r.Id].Title, byId[r.Id].Context, r.Created, r.Modified));
    }

    private async Task<IReadOnlyList<AtomEntry>> FeedAsync(FeedTopic topic, FeedScope scope, CancellationToken ct)
    {
        var feed = await feeds.HandleAsync(new GetAtomFeed(topic, scope), ct);
        return feed.IsSuccess ? feed.Value.Entries : [];
    }

    private static DigestSection Section(string headingKey, IEnumerable<AtomEntry> entries)
    {
        var all = entries.ToList();
        return new DigestSection(AlertMails.T(headingKey), all.Take(MaxItemsPerSection).ToList(), Math.Max(0, all.Count - MaxItemsPerSection));
    }

    private readonly record struct Window(DateTime From, DateTime Until)
    {
        public bool Contains(DateTime instant) => instant > From && instant <= Until;
    }
}
