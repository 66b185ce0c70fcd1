using Ratsnetz.Bench;
using Ratsnetz.Data.Postgres.Bench;
using Ratsnetz.Data.Sqlite.Bench;
using Ratsnetz.Testing;
using Ratsnetz.Testing.OParl;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// The API over a generated large city (<c>bench generate</c>, 10,000 papers with meetings, agenda items,
/// consultations, files, people, memberships; some deleted, some non-public). To keep CI within its time on two
/// cores (the first version took eight minutes on PostgreSQL), the work is cut where it repeats itself: every list is
/// crawled completely and every entry checked (schema and rules, embedded objects included), but in pages of 1,000
/// (the demo test covers the default page size), the order check re-crawls with pages of 500, and only about one
/// object in <see cref="Sampling"/> is fetched again at its own URL and compared, and only those files' content read;
/// the filter windows are checked together with omit_internal=true (entries without their embedded objects).
/// </summary>
public sealed class LargeDataConformanceTests
{
    private const int Papers = 10_000;
    private const int Sampling = 100;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_API_over_ten_thousand_generated_papers_conforms_to_OParl(DatabaseKind kind)
    {
        await using var validator = await OParlSchemaValidator.StartOrSkipAsync();
        var cancellation = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateEmptyAsync(kind);
        await database.MigrateAsync();
        await using (var writer = kind == DatabaseKind.Sqlite
            ? (IBenchBulkWriter)await SqliteBenchBulkWriter.OpenAsync(database.ConnectionString, cancellation)
            : await PostgresBenchBulkWriter.OpenAsync(database.ConnectionString, cancellation))
        {
            await BenchGenerator.GenerateAsync(writer, BenchPlan.For(Papers, seed: 1), progress: null, cancellation);
        }

        await using var server = await PortalServer.StartAsync(database, demo: false);
        var nonPublic = await NonPublicContent.LoadAsync(server);
        using var client = server.CreateClient(followRedirects: false);
        var options = new CrawlOptions { SingleObjectSampling = Sampling, ListLimit = 1000, RecrawlLimit = 500, ForbiddenTexts = nonPublic.Texts, ForbiddenUrls = nonPublic.Urls };

        var crawler = await ConformanceRun.CrawlAsync(client, validator, options, cancellation);
        // Split every list at the median creation instant of all entries (generated data spans years).
        var created = crawler.Lists.Values.SelectMany(l => l.Entries).Select(e => e.Created).OfType<DateTimeOffset>().Order().ToList();
        var boundary = created[created.Count / 2].AddSeconds(30);
        var filters = new FilterChecks(crawler);
        filters.RequireUnambiguous(boundary);
        var deleted = await filters.CheckAsync(FilterCase.Around(boundary, limit: 1000, omitInternal: true), cancellation);
        foreach (var id in deleted.Select(d => d.Entry.Id).Distinct().Take(50))
        {
            await ConformanceRun.CheckDeletedAtOwnUrlAsync(crawler, id, cancellation);
        }

        var summary = ConformanceRun.Summary(crawler) + $"\ndeleted objects listed under modified_since: {deleted.Count}";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        var counts = ConformanceRun.CountByType(crawler);
        Assert.All(ConformanceRun.AllTypes, type => Assert.True(counts.GetValueOrDefault(type) > 0, $"the crawl reached no {type}\n{summary}"));
        Assert.InRange(counts.GetValueOrDefault("Paper"), Papers * 9 / 10, Papers);
        Assert.True(crawler.Violations.Count == 0, summary);
    }
}
