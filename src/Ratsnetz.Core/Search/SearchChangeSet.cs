using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Search;

/// <summary>
/// The searchable records one <c>SaveChanges</c> touches, taken before the save and resolved after it (when new
/// records have ids), so the index is refreshed in the same transaction as the change. A change also refreshes the
/// documents that show the changed record: a meeting's agenda items and files carry its organization and date, a
/// paper's agenda items and files its name and visibility, a person document the organizations of their memberships.
/// </summary>
internal sealed class SearchChangeSet
{
    private readonly List<object> _entities = [];
    private readonly HashSet<int> _previousPeople = [];

    private SearchChangeSet()
    {
    }

    public static SearchChangeSet? Capture(ChangeTracker tracker)
    {
        SearchChangeSet? set = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is not (Meeting or AgendaItem or Paper or StoredFile or Person or Organization or Membership))
            {
                continue;
            }

            set ??= new SearchChangeSet();
            set._entities.Add(entry.Entity);
            if (entry.Entity is Membership && entry.State != EntityState.Added
                && entry.Property(nameof(Membership.PersonId)).OriginalValue is int previous)
            {
                set._previousPeople.Add(previous);
            }
        }

        return set;
    }

    /// <summary>The documents to rebuild, by kind.</summary>
    public async Task<Dictionary<string, HashSet<int>>> AffectedAsync(AppDbContext db, CancellationToken ct)
    {
        var keys = SearchKind.All.ToDictionary(k => k, _ => new HashSet<int>(), StringComparer.Ordinal);
        var meetings = new HashSet<int>();
        var items = new HashSet<int>();
        var papers = new HashSet<int>();
        var organizations = new HashSet<int>();
        keys[SearchKind.Person].UnionWith(_previousPeople);
        foreach (var entity in _entities)
        {
            switch (entity)
            {
                case Meeting m: meetings.Add(m.Id); break;
                case AgendaItem i: items.Add(i.Id); break;
                case Paper p: papers.Add(p.Id); break;
                case StoredFile f: keys[SearchKind.File].Add(f.Id); break;
                case Person p: keys[SearchKind.Person].Add(p.Id); break;
                case Organization o: organizations.Add(o.Id); break;
                case Membership ms: keys[SearchKind.Person].Add(ms.PersonId); break;
            }
        }

        keys[SearchKind.Organization].UnionWith(organizations);
        if (organizations.Count > 0)
        {
            meetings.UnionWith(await db.Meetings.Where(m => organizations.Contains(m.OrganizationId)).Select(m => m.Id).ToListAsync(ct));
        }

        if (meetings.Count > 0)
        {
            items.UnionWith(await db.AgendaItems.Where(i => meetings.Contains(i.MeetingId)).Select(i => i.Id).ToListAsync(ct));
            keys[SearchKind.File].UnionWith(await db.Files.Where(f => f.MeetingId != null && meetings.Contains(f.MeetingId.Value)).Select(f => f.Id).ToListAsync(ct));
        }

        if (papers.Count > 0)
        {
            items.UnionWith(await db.AgendaItems.Where(i => i.PaperId != null && papers.Contains(i.PaperId.Value)).Select(i => i.Id).ToListAsync(ct));
            keys[SearchKind.File].UnionWith(await db.Files.Where(f => f.PaperId != null && papers.Contains(f.PaperId.Value)).Select(f => f.Id).ToListAsync(ct));
        }

        if (items.Count > 0)
        {
            keys[SearchKind.File].UnionWith(await db.Files.Where(f => f.AgendaItemId != null && items.Contains(f.AgendaItemId.Value)).Select(f => f.Id).ToListAsync(ct));
        }

        keys[SearchKind.Meeting].UnionWith(meetings);
        keys[SearchKind.AgendaItem].UnionWith(items);
        keys[SearchKind.Paper].UnionWith(papers);
        return keys;
    }
}
