using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Testing;
using Ratsnetz.Testing.OParl;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// The whole OParl API of the demo, crawled from /oparl/v1/system and checked against the official schemas and the
/// rules of the written specification (see <see cref="Rules"/>); every object is fetched at its own URL.
/// </summary>
public sealed class DemoConformanceTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_demo_API_conforms_to_OParl_everywhere(DatabaseKind kind)
    {
        await using var validator = await OParlSchemaValidator.StartOrSkipAsync();
        var server = await DemoPortal.GetAsync(kind);
        var nonPublic = await NonPublicContent.LoadAsync(server);
        using var client = server.CreateClient(followRedirects: false);
        var options = new CrawlOptions { ForbiddenTexts = nonPublic.Texts, ForbiddenUrls = nonPublic.Urls };

        var crawler = await ConformanceRun.CrawlAsync(client, validator, options, TestContext.Current.CancellationToken);
        // All demo objects share one creation instant (the test clock), so the windows hold all or nothing here;
        // FilterConformanceTests splits them for real.
        var filters = new FilterChecks(crawler);
        var seeded = server.Clock.GetUtcNow();
        foreach (var boundary in new[] { seeded.AddMinutes(-1), seeded.AddMinutes(1) })
        {
            filters.RequireUnambiguous(boundary);
            await filters.CheckAsync(FilterCase.Around(boundary), TestContext.Current.CancellationToken);
        }

        var summary = ConformanceRun.Summary(crawler);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        var counts = ConformanceRun.CountByType(crawler);
        Assert.All(ConformanceRun.AllTypes, type => Assert.True(counts.GetValueOrDefault(type) > 0, $"the crawl reached no {type}\n{summary}"));
        Assert.Contains(nonPublic.Texts, t => t.Contains("nichtöffentlichen Sitzung", StringComparison.Ordinal));
        var publicPapers = await DemoLookup.WithDbAsync(server, db => db.Papers.CountAsync(p => p.IsPublic && !p.Deleted));
        var meetings = await DemoLookup.WithDbAsync(server, db => db.Meetings.CountAsync(m => !m.Deleted));
        Assert.Equal(publicPapers, counts.GetValueOrDefault("Paper"));
        Assert.Equal(meetings, counts.GetValueOrDefault("Meeting"));
        Assert.True(crawler.Violations.Count == 0, summary);
    }
}
