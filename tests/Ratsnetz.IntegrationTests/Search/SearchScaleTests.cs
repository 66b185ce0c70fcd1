using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>
/// What keeps search fast on a million papers (ADR 0018): at most <see cref="SearchIndexQuery.CandidateLimit"/>
/// candidates are ranked and counted, and a rebuild writes in bulk without leaving the index behind later saves.
/// </summary>
public sealed class SearchScaleTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_word_in_more_documents_than_the_candidate_limit_gives_a_capped_total_and_full_pages_up_to_it(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        var extra = SearchIndexQuery.CandidateLimit + 150;
        await using (var db = Context(database))
        {
            db.SearchDocuments.AddRange(Enumerable.Range(1, extra).Select(i => SearchDocument.Create(new SearchSource(
                SearchKind.File, 900_000 + i, null, new DateOnly(2024, 1, 1).AddDays(i % 300), true, $"Anlage {i}", null, null,
                $"Bericht zur Quartiersentwicklung im Bezirk {i}."))));
            await db.SaveChangesAsync(Ct);
        }

        var first = await SearchAsync(database, "Quartiersentwicklung");
        var last = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Quartiersentwicklung", Page: SearchIndexQuery.CandidateLimit / 20));
        var beyond = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Quartiersentwicklung", Page: (SearchIndexQuery.CandidateLimit / 20) + 1));
        var compound = await SearchAsync(database, "Quartier");
        var rare = await SearchAsync(database, "Integrationskonzept");

        Assert.Equal((SearchIndexQuery.CandidateLimit, true, 20), (first.Total, first.TotalIsCapped, first.Hits.Count));
        Assert.All(first.Hits, h => Assert.Contains(h.Snippet, p => p.Highlighted));
        Assert.Equal(20, last.Hits.Count);
        Assert.Empty(beyond.Hits);
        Assert.Equal((SearchIndexQuery.CandidateLimit, true), (beyond.Total, beyond.TotalIsCapped));
        Assert.Equal((SearchIndexQuery.CandidateLimit, true), (compound.Total, compound.TotalIsCapped));
        Assert.False(rare.TotalIsCapped);
        Assert.InRange(rare.Total, 1, SearchIndexQuery.CandidateLimit - 1);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task After_a_rebuild_saves_keep_the_index_current(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        await using (var db = Context(database))
        {
            await SearchIndexer.RebuildAsync(db, database.Provider.SearchIndex, null, Ct);
            var paper = await db.Papers.SingleAsync(p => p.Reference == "146/2021", Ct);
            paper.Revise(paper.Reference, "Fortschreibung des Teilhabekonzeptes der Stadt Kamen", paper.PaperType, paper.Date).ThrowIfError();
            await db.SaveChangesAsync(Ct);
        }

        var renamed = await SearchAsync(database, "Teilhabekonzept");

        Assert.Contains(renamed.Hits, h => h.Kind == SearchKind.Paper && string.Concat(h.Title.Select(p => p.Text)).StartsWith("Fortschreibung des Teilhabekonzeptes", StringComparison.Ordinal));
    }
}
