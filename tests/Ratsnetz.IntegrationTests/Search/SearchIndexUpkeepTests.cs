using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Papers;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>The index follows every save in the same transaction, and a rebuild gives the same answers.</summary>
public sealed class SearchIndexUpkeepTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Renaming_hiding_and_deleting_a_paper_shows_in_search_at_once(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        int paperId;
        await using (var db = Context(database))
        {
            var paper = await db.Papers.SingleAsync(p => p.Reference == "146/2021", Ct);
            paperId = paper.Id;
            paper.Revise(paper.Reference, "Fortschreibung des Teilhabekonzeptes der Stadt Kamen", paper.PaperType, paper.Date).ThrowIfError();
            await db.SaveChangesAsync(Ct);
        }

        var renamed = await SearchAsync(database, "Teilhabekonzept");
        var byReference = await SearchAsync(database, "146/2021");

        await using (var db = Context(database))
        {
            (await db.Papers.SingleAsync(p => p.Id == paperId, Ct)).MakeNonPublic();
            await db.SaveChangesAsync(Ct);
        }

        var hidden = await SearchAsync(database, "Teilhabekonzept");
        var hiddenForAdministrators = await SearchAsync(database, "Teilhabekonzept", new Access.Viewer("admin", true, null, new HashSet<int>()));

        await using (var db = Context(database))
        {
            (await db.Papers.SingleAsync(p => p.Id == paperId, Ct)).MarkDeleted();
            await db.SaveChangesAsync(Ct);
        }

        var deleted = await SearchAsync(database, "Teilhabekonzept", new Access.Viewer("admin", true, null, new HashSet<int>()));

        Assert.Contains(renamed.Hits, h => h.Kind == SearchKind.Paper && h.EntityId == paperId);
        Assert.Equal((SearchKind.Paper, paperId), (byReference.Hits[0].Kind, byReference.Hits[0].EntityId));
        Assert.StartsWith("Fortschreibung des Teilhabekonzeptes", string.Concat(byReference.Hits[0].Title.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.Hits, h => h.Kind == SearchKind.Paper);
        Assert.Contains(hiddenForAdministrators.Hits, h => h.Kind == SearchKind.Paper && h.EntityId == paperId);
        Assert.DoesNotContain(deleted.Hits, h => h.Kind == SearchKind.Paper);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_rebuilt_index_holds_the_same_documents_as_the_one_kept_by_saves(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        List<(string, int, string, string)> before;
        int rebuilt;
        List<(string, int, string, string)> after;
        await using (var db = Context(database))
        {
            before = await Snapshot(db);
            var reported = new List<SearchRebuildProgress>();
            rebuilt = await SearchIndexer.RebuildAsync(db, database.Provider.SearchIndex, new Progress(reported), Ct);
            after = await Snapshot(db);
            Assert.Equal(rebuilt, reported[^1].Done);
            Assert.Equal(rebuilt, reported[^1].Total);
        }

        Assert.Equal(before.Count, rebuilt);
        Assert.Equal(before, after);
        Assert.Equal(
            Titles(await SearchAsync(database, "Integrationskonzept")).Count,
            (await SearchAsync(database, "Integrationskonzept")).Hits.Count);
    }

    private static Task<List<(string, int, string, string)>> Snapshot(Data.AppDbContext db) =>
        db.SearchDocuments.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.EntityId)
            .Select(d => new ValueTuple<string, int, string, string>(d.Kind, d.EntityId, d.TitleTerms, d.Folded)).ToListAsync(Ct);

    // Synchronous: Progress<T> would post to the thread pool and the assertions could run before the last report.
    private sealed class Progress(List<SearchRebuildProgress> reported) : IProgress<SearchRebuildProgress>
    {
        public void Report(SearchRebuildProgress value) => reported.Add(value);
    }
}
