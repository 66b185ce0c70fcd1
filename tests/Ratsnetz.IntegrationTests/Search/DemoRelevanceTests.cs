using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>
/// German queries over the demo data and the seed documents, and what must come first — the same on both engines.
/// </summary>
public sealed class DemoRelevanceTests
{
    private static readonly RelevanceCase[] Cases =
    [
        // Stemming: the plural/genitive form finds the singular and the other way round.
        new("Integrationskonzepte", SearchKind.AgendaItem, "Integrationskonzept", Within: 3),
        new("Integrationskonzept Kamen", SearchKind.Paper, "Vorstellung des Integrationskonzeptes der Stadt Kamen"),
        // Compound part: "Konzept" inside "Integrationskonzept".
        new("Konzept", SearchKind.AgendaItem, "Integrationskonzept"),
        new("Management", SearchKind.AgendaItem, "Integrationsmanagement", Within: 2),
        // Umlaut folding, both directions.
        new("Oezkir", SearchKind.Person, "Özkir"),
        new("Özkir", SearchKind.Person, "Özkir"),
        new("Guercue", SearchKind.Person, "Gürcü"),
        // Exact paper references, as printed on the paper.
        new("146/2021", SearchKind.Paper, "Vorstellung des Integrationskonzeptes der Stadt Kamen"),
        new("11/1566", SearchKind.Paper, "Kommunalen Integrationsmanagements"),
        // Phrases.
        new("\"Stellenplan 2023\"", SearchKind.Paper, "Stellenplan 2023", Within: 3),
        // Names of bodies and people outrank texts that merely mention them.
        new("Integrationsrat Kamen", SearchKind.Organization, "Integrationsrat der Stadt Kamen"),
        new("Integrationsausschuss Coesfeld", SearchKind.Organization, "Integrationsausschuss", Within: 2),
        new("Migrationsbeauftragte", SearchKind.Paper, "Migrationsbeauftragten", Within: 2),
        new("Kommunales Integrationsmanagement", SearchKind.Paper, "Kommunalen Integrationsmanagements", Within: 3),
    ];

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task German_queries_over_the_demo_data_put_the_expected_result_first(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        var failures = new List<string>();
        foreach (var relevance in Cases)
        {
            if (relevance.Check(await SearchAsync(database, relevance.Query)) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_misspelt_word_that_finds_nothing_is_searched_as_the_nearest_indexed_spelling(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);

        var typo = await SearchAsync(database, "Integrationskonzpt");
        var swapped = await SearchAsync(database, "Migrationsbeauftargte");
        var nonsense = await SearchAsync(database, "Xylophonorchester");

        Assert.Equal("integrationskonzept", typo.CorrectedTo);
        Assert.Contains(Titles(typo), t => t.Contains("Integrationskonzept", StringComparison.Ordinal));
        Assert.NotNull(swapped.CorrectedTo);
        Assert.Contains(Titles(swapped), t => t.Contains("Migrationsbeauftragten", StringComparison.Ordinal));
        Assert.Equal(0, nonsense.Total);
        Assert.Null(nonsense.CorrectedTo);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Filters_narrow_by_type_year_and_body_and_pages_do_not_overlap(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        int coesfeld;
        await using (var db = Context(database))
        {
            coesfeld = db.Bodies.Single(b => b.ShortName == "Coesfeld").Id;
        }

        var everything = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Integrationsrat", PageSize: 50));
        var people = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Integrationsrat", Kind: SearchKind.Person, PageSize: 50));
        var in2021 = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Integrationsrat", Year: 2021, PageSize: 50));
        var inCoesfeld = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Integrationskonzept", BodyId: coesfeld, PageSize: 50));
        var first = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Integrationsrat", PageSize: 3));
        var second = await SearchAsync(database, new SearchCouncil(Access.Viewer.Anonymous, "Integrationsrat", Page: 2, PageSize: 3));

        Assert.True(people.Total > 0 && people.Total < everything.Total);
        Assert.All(people.Hits, h => Assert.Equal(SearchKind.Person, h.Kind));
        Assert.True(in2021.Total > 0 && in2021.Total < everything.Total);
        Assert.All(in2021.Hits, h => Assert.Equal(2021, h.Date?.Year));
        Assert.NotEmpty(inCoesfeld.Hits);
        Assert.True(inCoesfeld.Total < (await SearchAsync(database, "Integrationskonzept")).Total);
        Assert.DoesNotContain(Titles(inCoesfeld), t => t.Contains("Kamen", StringComparison.Ordinal));
        Assert.Equal(everything.Total, first.Total);
        Assert.Equal(3, first.Hits.Count);
        Assert.Equal(everything.Hits.Take(6).Select(h => (h.Kind, h.EntityId)), first.Hits.Concat(second.Hits).Select(h => (h.Kind, h.EntityId)));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Snippets_show_the_matching_passage_with_the_words_highlighted_as_written(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);

        var results = await SearchAsync(database, "Konzept");

        var hit = results.Hits.First(h => h.Snippet.Any(p => p.Highlighted));
        Assert.Contains(hit.Snippet, p => p.Highlighted && p.Text.Contains("onzept", StringComparison.Ordinal));
        Assert.All(results.Hits, h => Assert.True(string.Concat(h.Snippet.Select(p => p.Text)).Length < 400));
        Assert.Contains(results.Hits.SelectMany(h => h.Title), p => p.Highlighted && p.Text.StartsWith("Integrationskonzept", StringComparison.Ordinal));
    }
}
