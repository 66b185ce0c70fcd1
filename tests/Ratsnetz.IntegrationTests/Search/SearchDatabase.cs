using Ratsnetz.Access;
using Ratsnetz.Data;
using Ratsnetz.Data.DemoData;
using Ratsnetz.Search;
using Ratsnetz.Testing;

namespace Ratsnetz.Search;

/// <summary>A database for search tests and the one way they search it: the Core handler with the engine's index.</summary>
internal static class SearchDatabase
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The demo data with the seed documents, indexed as it was seeded (no rebuild).</summary>
    public static Task<TestDatabase> DemoAsync(DatabaseKind kind) => DemoSeed.SeededAsync(kind, TestEnvironment.RequireSeedDocuments());

    public static async Task<SearchResults> SearchAsync(TestDatabase database, SearchCouncil request)
    {
        var clock = new TestClock();
        await using var db = database.CreateContext(clock);
        var result = await new SearchCouncilHandler(db, new NonPublicAccess(db, clock), database.Provider.SearchIndex).HandleAsync(request, Ct);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public static Task<SearchResults> SearchAsync(TestDatabase database, string text, Viewer? viewer = null) =>
        SearchAsync(database, new SearchCouncil(viewer ?? Viewer.Anonymous, text));

    /// <summary>"kind: title" of each hit, as relevance assertions and failure messages read best.</summary>
    public static List<string> Titles(SearchResults results) =>
        results.Hits.Select(h => $"{h.Kind}: {string.Concat(h.Title.Select(p => p.Text))}").ToList();

    public static AppDbContext Context(TestDatabase database) => database.CreateContext(new TestClock());
}
