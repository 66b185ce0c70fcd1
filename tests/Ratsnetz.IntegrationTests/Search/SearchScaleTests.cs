using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>
/// What keeps search fast on a million papers (ADR 0018): at most <see cref="SearchIndexQuery.CandidateLimit"/>
/// candidates (a window that grows with the page) are ranked and counted, and a rebuild writes in bulk without leaving
/// the index behind later saves.
/// </summary>
public sealed class SearchScaleTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_word_in_more_documents_than_the_candidates_gives_a_capped_total_and_later_pages_rank_more_of_them(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        const int step = SearchIndexQuery.CandidateStep;
        var extra = (5 * step) + 150;
        await using (var db = Context(database))
        {
            db.SearchDocuments.AddRange(Enumerable.Range(1, extra).Select(i => SearchDocument.Create(new SearchSource(
                SearchKind.File, 900_000 + i, null, new DateOnly(2024, 1, 1).AddDays(i % 300), true, $"Anlage {i}", null, null,
                $"Bericht zur Quartiersentwicklung im Bezirk {i}."))));
            await db.SaveChangesAsync(Ct);
        }

        var first = await SearchAsync(database, "Quartiersentwicklung");
        var last = await SearchAsync(database, Page("Quartiersentwicklung", step / 20));
        var next = await SearchAsync(database, Page("Quartiersentwicklung", (step / 20) + 1));
        var end = await SearchAsync(database, Page("Quartiersentwicklung", (extra / 20) + 1));
        var past = await SearchAsync(database, Page("Quartiersentwicklung", (extra / 20) + 3));
        var compound = await SearchAsync(database, "Quartier");
        var rare = await SearchAsync(database, "Integrationskonzept");

        Assert.Equal((step, true, 20), (first.Total, first.TotalIsCapped, first.Hits.Count));
        Assert.All(first.Hits, h => Assert.Contains(h.Snippet, p => p.Highlighted));
        Assert.Equal((step, 20), (last.Total, last.Hits.Count));
        Assert.Equal((2 * step, true, 20), (next.Total, next.TotalIsCapped, next.Hits.Count));
        Assert.Equal((extra, false, extra % 20), (end.Total, end.TotalIsCapped, end.Hits.Count));
        Assert.Equal((extra, false), (past.Total, past.TotalIsCapped));
        Assert.Empty(past.Hits);
        Assert.Equal((step, true), (compound.Total, compound.TotalIsCapped));
        Assert.False(rare.TotalIsCapped);
        Assert.InRange(rare.Total, 1, step - 1);

        static SearchCouncil Page(string text, int page) => new(Access.Viewer.Anonymous, text, Page: page);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_reference_whose_numbers_fill_the_candidates_still_finds_the_paper_carrying_it_first(DatabaseKind kind)
    {
        // The papers are indexed before the files that cite them, so the files are the newest token matches and fill
        // the window; only the lookup by reference (migration 0016) brings the papers in, the non-public one only for
        // those who may see it. Of the documents carrying the reference the paper comes first, before the newer agenda
        // item that treats it.
        await using var database = await TestDatabases.CreateAsync(kind);
        var citing = SearchIndexQuery.CandidateStep + 50;
        await using (var db = Context(database))
        {
            db.SearchDocuments.Add(Paper(1, "7788/2031", isPublic: true));
            db.SearchDocuments.Add(SearchDocument.Create(new SearchSource(
                SearchKind.AgendaItem, 1, null, new DateOnly(2031, 5, 1), true, "Sanierung der Stadtbrücke", "7788/2031", "Rat", null)));
            db.SearchDocuments.Add(Paper(2, "7790/2031", isPublic: false));
            await db.SaveChangesAsync(Ct);
            db.SearchDocuments.AddRange(Enumerable.Range(1, citing).SelectMany(i => new[] { Citing(i, "7788/2031"), Citing(citing + i, "7790/2031") }));
            await db.SaveChangesAsync(Ct);
        }

        var visible = await SearchAsync(database, "7788/2031");
        var hidden = await SearchAsync(database, "7790/2031");

        Assert.True(visible.TotalIsCapped);
        Assert.Equal((SearchKind.Paper, "7788/2031"), (visible.Hits[0].Kind, visible.Hits[0].Reference));
        Assert.Equal((SearchKind.AgendaItem, "7788/2031"), (visible.Hits[1].Kind, visible.Hits[1].Reference));
        Assert.Equal(20, visible.Hits.Count);
        Assert.True(hidden.TotalIsCapped);
        Assert.DoesNotContain(hidden.Hits, h => h.Kind == SearchKind.Paper);

        static SearchDocument Paper(int id, string reference, bool isPublic) => SearchDocument.Create(new SearchSource(
            SearchKind.Paper, id, null, new DateOnly(2031, 3, 1), isPublic, "Sanierung der Stadtbrücke", reference, "Vorlage", "Beschlussvorlage zur Sanierung."));

        static SearchDocument Citing(int id, string reference) => SearchDocument.Create(new SearchSource(
            SearchKind.File, 800_000 + id, null, new DateOnly(2031, 4, 1).AddDays(id % 200), true, $"Anlage {id}", null, null,
            $"Bezug: Vorlage {reference}, Stellungnahme {id}."));
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
