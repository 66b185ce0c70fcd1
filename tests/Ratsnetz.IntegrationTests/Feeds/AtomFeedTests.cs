using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Feeds;

namespace Ratsnetz.Feeds;

/// <summary>Atom feeds (RFC 4287) as feedparser, a widely used feed reader library, reads them.</summary>
public sealed class AtomFeedTests
{
    private const string Atom = "application/atom+xml";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Every_feed_parses_as_atom_with_absolute_links_that_open(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        await FeedServer.RecordKamenDecisionsAsync(server);
        var meeting = await FeedServer.KamenMeetingAsync(server);
        var feeds = new[] { "sitzungen", "vorlagen", "beschluesse" }
            .SelectMany(topic => new[] { $"/{topic}.atom", $"/gremien/{meeting.OrganizationId}/{topic}.atom" });
        foreach (var url in feeds)
        {
            var (text, etag) = await FeedServer.GetAsync(client, url, Atom);
            var feed = await FeedValidator.ParseAsync("atom", text);
            Assert.False(feed.TryGetProperty("error", out var error), $"{url}: {error}");
            Assert.Equal("atom", feed.GetProperty("type").GetString());
            Assert.EndsWith(url, feed.GetProperty("self").GetString(), StringComparison.Ordinal);
            var items = feed.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count is > 0 and <= 50, $"{url}: {items.Count} entries");
            foreach (var item in items)
            {
                var link = new Uri(item.GetProperty("link").GetString()!);
                Assert.Equal(server.BaseAddress.Authority, link.Authority);
                Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
                Assert.NotNull(item.GetProperty("updated").GetString());
                Assert.Equal(HttpStatusCode.OK, await FeedServer.StatusAsync(client, link.PathAndQuery));
            }

            Assert.Equal(HttpStatusCode.NotModified, await FeedServer.StatusAsync(client, url, etag));
        }

        Assert.Equal(HttpStatusCode.NotFound, await FeedServer.StatusAsync(client, "/gremien/999999/vorlagen.atom"));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Resolutions_of_the_body_come_newest_first_and_nothing_non_public_is_in_a_feed(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        var (publicItem, secretTitle) = await FeedServer.RecordKamenDecisionsAsync(server);
        var meeting = await FeedServer.KamenMeetingAsync(server);

        var resolutions = await FeedServer.AtomItemsAsync(client, $"/gremien/{meeting.OrganizationId}/beschluesse.atom");
        var resolution = Assert.Single(resolutions, r => r.GetProperty("link").GetString()!.EndsWith($"/sitzungen/{meeting.Id}#top-{publicItem}", StringComparison.Ordinal));
        Assert.Contains("zur Kenntnis genommen", resolution.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(resolutions.Count, (await FeedServer.AtomItemsAsync(client, "/beschluesse.atom")).Count(r => r.GetProperty("link").GetString()!.Contains($"/sitzungen/{meeting.Id}#", StringComparison.Ordinal)));
        foreach (var url in new[] { $"/gremien/{meeting.OrganizationId}/beschluesse.atom", "/beschluesse.atom" })
        {
            var (text, _) = await FeedServer.GetAsync(client, url, Atom);
            Assert.DoesNotContain(secretTitle, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Nichtöffentlicher Beschluss", text, StringComparison.Ordinal);
        }

        // A paper made non-public leaves the feed at once.
        var papers = await FeedServer.AtomItemsAsync(client, "/vorlagen.atom");
        var first = papers[0].GetProperty("link").GetString()!;
        var paperId = int.Parse(first[(first.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await FeedServer.ChangeAsync(server, async db => (await db.Papers.SingleAsync(p => p.Id == paperId)).MakeNonPublic());
        Assert.DoesNotContain(await FeedServer.AtomItemsAsync(client, "/vorlagen.atom"), p => p.GetProperty("link").GetString() == first);

        var published = papers.Select(p => DateTimeOffset.Parse(p.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);

        foreach (var page in new[] { "/", $"/gremien/{meeting.OrganizationId}" })
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        }
    }
}
