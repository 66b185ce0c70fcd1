using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Feeds;

namespace Ratsnetz.Feeds;

/// <summary>A saved search as an Atom feed (<c>/suche.atom</c>): the search page's parameters, newest matches first.</summary>
public sealed class SearchFeedTests
{
    private const string Atom = "application/atom+xml";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_search_feed_lists_public_matches_newest_first_and_the_search_page_links_it(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        const string url = "/suche.atom?q=Integration";

        var items = await ItemsAsync(client, url);
        Assert.True(items.Count is > 1 and <= 50, $"{items.Count} entries");
        foreach (var item in items)
        {
            Assert.Equal(HttpStatusCode.OK, await FeedServer.StatusAsync(client, new Uri(item.GetProperty("link").GetString()!).PathAndQuery));
        }

        // The order is the documents' dates, newest first (as the search API reports them on all its pages), undated ones last.
        var dates = new Dictionary<string, DateOnly>();
        for (var page = 1; ; page++)
        {
            using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/search?q=Integration&limit=50&page={page}", UriKind.Relative)));
            foreach (var result in api.RootElement.GetProperty("results").EnumerateArray())
            {
                dates[result.GetProperty("url").GetString()!] = result.GetProperty("date").ValueKind == JsonValueKind.Null
                    ? DateOnly.MinValue
                    : DateOnly.Parse(result.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
            }

            if (page >= api.RootElement.GetProperty("pageCount").GetInt32())
            {
                break;
            }
        }

        var feedDates = items.Select(i => dates[new Uri(i.GetProperty("link").GetString()!).PathAndQuery + new Uri(i.GetProperty("link").GetString()!).Fragment]).ToList();
        Assert.Equal(feedDates.OrderByDescending(d => d), feedDates);
        Assert.True(feedDates[0] > feedDates[^1], "the feed spans more than one date");

        var html = await client.GetStringAsync(new Uri("/suche?q=Integration&typ=paper", UriKind.Relative));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/suche.atom?q=Integration&amp;typ=paper\"", html, StringComparison.Ordinal);
        var papers = await ItemsAsync(client, "/suche.atom?q=Integration&typ=paper");
        Assert.NotEmpty(papers);
        Assert.All(papers, p => Assert.Contains("/vorlagen/", p.GetProperty("link").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_paper_made_non_public_leaves_the_search_feed_and_bad_parameters_are_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        var papers = await ItemsAsync(client, "/suche.atom?q=Integrationskonzept&typ=paper");
        var first = papers[0].GetProperty("link").GetString()!;
        var paperId = int.Parse(first[(first.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

        await FeedServer.ChangeAsync(server, async db => (await db.Papers.SingleAsync(p => p.Id == paperId)).MakeNonPublic());

        Assert.DoesNotContain(await ItemsAsync(client, "/suche.atom?q=Integrationskonzept&typ=paper"), p => p.GetProperty("link").GetString() == first);
        Assert.Equal(HttpStatusCode.BadRequest, await FeedServer.StatusAsync(client, "/suche.atom?q="));
        Assert.Equal(HttpStatusCode.BadRequest, await FeedServer.StatusAsync(client, "/suche.atom?q=Rat&jahr=zwanzig"));
        Assert.Equal(HttpStatusCode.BadRequest, await FeedServer.StatusAsync(client, "/suche.atom?q=Rat&typ=unbekannt"));
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url)
    {
        var (text, _) = await FeedServer.GetAsync(client, url, Atom);
        var feed = await FeedValidator.ParseAsync("atom", text);
        Assert.False(feed.TryGetProperty("error", out var error), $"{url}: {error}");
        // The self link is the saved search itself, with its filters.
        Assert.EndsWith(url, feed.GetProperty("self").GetString(), StringComparison.Ordinal);
        return feed.GetProperty("items").EnumerateArray().ToList();
    }
}
