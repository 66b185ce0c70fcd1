using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Data;
using Ratsnetz.OParl.Caching;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.Caching;

/// <summary>
/// List pages kept on disk (ADR 0020) are sent again only while the database holds exactly the rows they were built
/// from: every change that shows in a page makes the next answer a fresh one.
/// </summary>
public sealed class KeptListPageTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_kept_page_is_sent_again_until_a_change_shows_in_it(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var cache = server.Services.GetRequiredService<OParlPageCache>();
        var (bodyId, paperIds) = await DemoLookup.WithDbAsync(server, async db =>
        {
            var body = await db.Papers.Where(p => p.IsPublic && !p.Deleted).GroupBy(p => p.BodyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            return (body, await db.Papers.Where(p => p.BodyId == body && p.IsPublic && !p.Deleted).OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync());
        });
        Assert.True(paperIds.Count == 3, "the demo has a body with three public papers");
        using var client = server.CreateClient();
        var url = $"/oparl/v1/bodies/{bodyId}/papers?limit=2";

        // Pages are kept from their second request on, so that a crawler's single pass does not fill the disk.
        var built = await GetAsync(client, url);
        Assert.Equal(built.Body, (await GetAsync(client, url)).Body);
        var before = cache.Statistics;
        var kept = await GetAsync(client, url);
        var afterHit = cache.Statistics;

        Assert.Equal(built.Body, kept.Body);
        Assert.Equal(built.ETag, kept.ETag);
        Assert.Equal(before.Hits + 1, afterHit.Hits);
        Assert.Equal(before.Misses, afterHit.Misses);

        // A paper on the page is renamed: its document's generation moves on.
        await ChangeAsync(server, async db =>
        {
            var paper = await db.Papers.SingleAsync(p => p.Id == paperIds[0]);
            Assert.True(paper.Revise(paper.Reference, "Umbenannte Vorlage zum Integrationskonzept", paper.PaperType, paper.Date).IsSuccess);
        });
        var renamed = await GetAsync(client, url);
        Assert.Contains("Umbenannte Vorlage zum Integrationskonzept", renamed.Body, StringComparison.Ordinal);
        Assert.NotEqual(built.ETag, renamed.ETag);
        Assert.Equal(afterHit.Hits, cache.Statistics.Hits);
        // The changed page replaced the kept one at once.
        Assert.Equal(renamed.Body, (await GetAsync(client, url)).Body);
        Assert.Equal(afterHit.Hits + 1, cache.Statistics.Hits);

        // A paper on the page becomes non-public: it leaves the page and the next paper moves up.
        await ChangeAsync(server, async db => (await db.Papers.SingleAsync(p => p.Id == paperIds[1])).MakeNonPublic());
        var withoutSecond = await GetAsync(client, url);
        Assert.DoesNotContain(Ids(withoutSecond.Body), id => id.EndsWith(PaperId(paperIds[1]), StringComparison.Ordinal));
        Assert.Contains(Ids(withoutSecond.Body), id => id.EndsWith(PaperId(paperIds[2]), StringComparison.Ordinal));

        // A deleted paper leaves the plain list; a deleted body has no lists at all, kept pages or not.
        await ChangeAsync(server, async db => (await db.Papers.SingleAsync(p => p.Id == paperIds[0])).MarkDeleted());
        var withoutFirst = await GetAsync(client, url);
        Assert.DoesNotContain(Ids(withoutFirst.Body), id => id.EndsWith(PaperId(paperIds[0]), StringComparison.Ordinal));
        Assert.Equal(withoutFirst.Body, (await GetAsync(client, url)).Body);
        Assert.Equal(withoutFirst.Body, (await GetAsync(client, url)).Body);
        await ChangeAsync(server, async db => (await db.Bodies.SingleAsync(b => b.Id == bodyId)).MarkDeleted());
        using var gone = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Pages_are_kept_per_host_and_with_their_entity_tag(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var cache = server.Services.GetRequiredService<OParlPageCache>();
        using var client = server.CreateClient();

        var local = await GetAsync(client, "/oparl/v1/bodies");
        await GetAsync(client, "/oparl/v1/bodies");
        var before = cache.Statistics;
        var elsewhere = await GetAsync(client, "/oparl/v1/bodies", host: "ratsnetz.example.org");
        await GetAsync(client, "/oparl/v1/bodies", host: "ratsnetz.example.org");
        var again = await GetAsync(client, "/oparl/v1/bodies", host: "ratsnetz.example.org");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("/oparl/v1/bodies", UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(local.ETag));
        using var notModified = await client.SendAsync(conditional);

        Assert.All(Ids(elsewhere.Body), id => Assert.StartsWith("http://ratsnetz.example.org/oparl/v1/bodies/", id, StringComparison.Ordinal));
        Assert.NotEqual(local.ETag, elsewhere.ETag);
        Assert.Equal(elsewhere.Body, again.Body);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(before.Misses + 2, cache.Statistics.Misses);
        Assert.Equal(before.Hits + 2, cache.Statistics.Hits);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task With_no_room_configured_nothing_is_kept(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind, settings: new Dictionary<string, string?> { ["Ratsnetz:OParl:PageCache:MaxMegabytes"] = "0" });
        var cache = server.Services.GetRequiredService<OParlPageCache>();
        using var client = server.CreateClient();

        var first = await GetAsync(client, "/oparl/v1/bodies");
        var second = await GetAsync(client, "/oparl/v1/bodies");

        Assert.Equal(first.Body, second.Body);
        Assert.False(cache.Enabled);
        Assert.Equal(new OParlPageCacheStatistics(0, 0, 0, 0), cache.Statistics);
    }

    /// <summary>One change saved the way handlers save it (one SaveChanges, which moves the documents' generations on).</summary>
    private static async Task ChangeAsync(PortalServer server, Func<AppDbContext, Task> change) =>
        await DemoLookup.WithDbAsync(server, async db =>
        {
            await change(db);
            await db.SaveChangesAsync();
            return 0;
        });

    private static string PaperId(int id) => $"/oparl/v1/papers/{id}";

    private static List<string> Ids(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("data").EnumerateArray()
            .Select(o => o.GetProperty("id").GetString()!)
            .ToList();
    }

    private static async Task<(string Body, string ETag)> GetAsync(HttpClient client, string url, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag!.Tag);
    }
}
