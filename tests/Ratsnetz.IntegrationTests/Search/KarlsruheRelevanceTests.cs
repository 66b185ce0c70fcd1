using System.Diagnostics;
using Ratsnetz.Import.OParl;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>
/// German queries over real council data: the Karlsruhe OParl sample (../shared/data, read at run time, skipped without
/// it), mirrored into a fresh database, so papers, agenda items and the extracted file texts are indexed as saved.
/// </summary>
public sealed class KarlsruheRelevanceTests
{
    private static readonly RelevanceCase[] Cases =
    [
        // Exact references in both numbering schemes of the sample.
        new("2023/0526", SearchKind.Paper, "Sanierungsgebiets Durlach Stadteingang"),
        new("DHH/2023/1102", SearchKind.Paper, "Inklusion von Menschen mit psychischen"),
        new("2021/1153", SearchKind.Paper, "Adsorptionsstufe im Klärwerk"),
        // Stemming: the query's form differs from the title's. A paper and the agenda item that deals with it share the
        // title, so either may come first.
        new("Hochwasserboot DLRG", SearchKind.Paper, "Hochwasserbootes", Within: 2),
        new("Fahrradverleihsystem nextbike", SearchKind.Paper, "Fahrradverleihsystems KVV.nextbike", Within: 2),
        new("Entsiegelungskonzepte", SearchKind.Paper, "Entsiegelungskonzept", Within: 3),
        new("Adsorptionsstufen Klärwerk", SearchKind.Paper, "Adsorptionsstufe im Klärwerk", Within: 3),
        // Umlauts and ß typed without them.
        new("Schultheiss-Kiefer-Strasse", SearchKind.Paper, "Schultheiß-Kiefer-Straße", Within: 3),
        new("Gruenwettersbach Wolfartsweier Radweg", SearchKind.Paper, "Grünwettersbach und Wolfartsweier", Within: 3),
        // Phrases.
        new("\"Sanierungsgebiet Durlach\"", SearchKind.Paper, "Sanierungsgebiets Durlach", Within: 3),
        // Compound parts.
        new("Kinderbücherkoffer", SearchKind.Paper, "RegenbogenKinderBücherKoffer", Within: 2),
        new("Leitungsstellen Besetzungsverfahren", SearchKind.Paper, "Schulleitungsstellenbesetzungsverfahren", Within: 3),
        // Text found only in the attachments' extracted text.
        new("Umweltbericht", SearchKind.File, "Umweltbericht", Within: 3),
        new("Nahverkehrsplan", SearchKind.File, "Nahverkehrsplan", Within: 5),
    ];

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task German_queries_over_the_Karlsruhe_sample_put_the_expected_result_first(DatabaseKind kind)
    {
        var sample = await KarlsruheSample.RequireAsync();
        await using var remote = await StaticOParlServer.ServeDirectoryAsync(sample.Root, KarlsruheSample.OriginalBase);
        await using var database = await TestDatabases.CreateAsync(kind);
        var mirror = await MirrorRun.RunToEndAsync(database, remote.Url(KarlsruheSample.SystemPath), new TestClock());
        Assert.True(mirror.Complete);

        var failures = new List<string>();
        var timings = new List<double>();
        foreach (var relevance in Cases)
        {
            var watch = Stopwatch.StartNew();
            var results = await SearchAsync(database, relevance.Query);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            if (relevance.Check(results) is { } failure)
            {
                failures.Add(failure);
            }
        }

        timings.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}: mirror with indexing {mirror.Elapsed.TotalSeconds:F1} s; {Cases.Length} queries, median {timings[timings.Count / 2]:F0} ms, max {timings[^1]:F0} ms");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
