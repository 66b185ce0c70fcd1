using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;

namespace Ratsnetz.Search;

/// <summary>Progress of a rebuild: documents written of the kind being read, and of all kinds.</summary>
public sealed record SearchRebuildProgress(string Kind, int Done, int Total);

/// <summary>
/// Writes <see cref="SearchDocument"/>s. The engines' index structures follow the table on their own (triggers,
/// expression indexes), so this class is the same for SQLite and PostgreSQL.
/// </summary>
public static class SearchIndexer
{
    private const int BatchSize = 500;

    /// <summary>Replaces the documents of the given records within the caller's transaction; the caller saves.</summary>
    internal static async Task<List<SearchDocument>> StageAsync(AppDbContext db, Dictionary<string, HashSet<int>> keys, CancellationToken ct)
    {
        var staged = new List<SearchDocument>();
        foreach (var (kind, ids) in keys)
        {
            foreach (var batch in ids.Chunk(BatchSize))
            {
                await db.SearchDocuments.Where(d => d.Kind == kind && batch.Contains(d.EntityId)).ExecuteDeleteAsync(ct);
                var sources = await SearchSources.LoadAsync(db, kind, batch, ct);
                staged.AddRange(sources.Select(SearchDocument.Create));
            }
        }

        db.SearchDocuments.AddRange(staged);
        return staged;
    }

    /// <summary>Empties the index and writes every document again, one batch per transaction.</summary>
    public static async Task<int> RebuildAsync(AppDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.SearchDocuments.ExecuteDeleteAsync(ct);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in SearchKind.All)
        {
            totals[kind] = await SearchSources.AllIds(db, kind).CountAsync(ct);
        }

        var total = totals.Values.Sum();
        var done = 0;
        foreach (var kind in SearchKind.All)
        {
            var after = 0;
            while (true)
            {
                var ids = await SearchSources.AllIds(db, kind).Where(id => id > after).Order().Take(BatchSize).ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                var sources = await SearchSources.LoadAsync(db, kind, ids, ct);
                db.SearchDocuments.AddRange(sources.Select(SearchDocument.Create));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                after = ids[^1];
                done += ids.Count;
                progress?.Report(new SearchRebuildProgress(kind, done, total));
            }
        }

        return done;
    }
}
