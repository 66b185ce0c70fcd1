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

    /// <summary>
    /// Empties the index and writes every document again through the engine's bulk writer (ADR 0018). While the engine
    /// writes one batch, the next is read and prepared (stemming and folding on all cores), so reading, preparing and
    /// writing overlap. <paramref name="adapt"/> may change a source before it is prepared (the search benchmark gives
    /// generated files real texts with it without touching the council tables).
    /// </summary>
    public static async Task<int> RebuildAsync(
        AppDbContext db, ISearchIndex index, IProgress<SearchRebuildProgress>? progress, CancellationToken ct, Func<SearchSource, SearchSource>? adapt = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in SearchKind.All)
        {
            totals[kind] = await SearchSources.AllIds(db, kind).CountAsync(ct);
        }

        var total = totals.Values.Sum();
        var done = 0;
        await using var rebuild = await index.BeginRebuildAsync(db, ct);
        Task writing = Task.CompletedTask;
        foreach (var kind in SearchKind.All)
        {
            var after = 0;
            while (true)
            {
                var ids = await SearchSources.AllIds(db, kind).Where(id => id > after).Order().Take(RebuildBatchSize).ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                var sources = await SearchSources.LoadAsync(db, kind, ids, ct);
                var documents = sources.AsParallel().AsOrdered().WithCancellation(ct)
                    .Select(s => SearchDocument.Create(adapt is null ? s : adapt(s))).ToList();
                await writing;
                progress?.Report(new SearchRebuildProgress(kind, done, total));
                writing = rebuild.WriteAsync(documents, ct);
                after = ids[^1];
                done += ids.Count;
            }
        }

        await writing;
        await rebuild.CompleteAsync(ct);
        progress?.Report(new SearchRebuildProgress(SearchKind.All[^1], done, total));
        return done;
    }

    // Large enough that a batch's round trips and the engine's per-statement cost vanish, small enough to hold two
    // batches of file texts in memory.
    private const int RebuildBatchSize = 2000;
}
