using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Feeds;

namespace Ratsnetz.Feeds;

/// <summary>What the feed tests share: fetching with checks of status and media type, parsing Atom, and changing records.</summary>
internal static class FeedServer
{
    /// <summary>A day shortly after the demo's Kamen meeting (4 November 2021), so that it is in the calendars' window.</summary>
    public static readonly DateTimeOffset AfterKamenMeeting = new(2021, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static async Task<(string Text, string? ETag)> GetAsync(HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return (text, response.Headers.ETag?.Tag);
    }

    /// <summary>An Atom feed's entries as feedparser reads them, after checking that it parsed.</summary>
    public static async Task<List<JsonElement>> AtomItemsAsync(HttpClient client, string url)
    {
        var feed = await FeedValidator.ParseAsync("atom", (await GetAsync(client, url, "application/atom+xml")).Text);
        Assert.False(feed.TryGetProperty("error", out var error), $"{url}: {error}");
        return feed.GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public static async Task ChangeAsync(PortalServer server, Func<AppDbContext, Task> change)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    public static async Task<T> WithDbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The demo's Kamen minutes record no resolutions: one public and one non-public are recorded here.</summary>
    public static async Task<(int PublicItem, string SecretTitle)> RecordKamenDecisionsAsync(PortalServer server)
    {
        var result = (0, string.Empty);
        await ChangeAsync(server, async db =>
        {
            var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Date == new DateOnly(2021, 11, 4));
            var open = meeting.AgendaItems.Where(i => i.IsPublic && !i.Deleted).OrderBy(i => i.Order).Last();
            var closed = meeting.AgendaItems.Where(i => !i.IsPublic && !i.Deleted).OrderBy(i => i.Order).Last();
            Assert.True(open.RecordDecision("Der Integrationsrat nimmt den Bericht zur Kenntnis.", Council.AgendaItems.DecisionOutcome.Noted, null).IsSuccess);
            Assert.True(closed.RecordDecision("Nichtöffentlicher Beschluss.", Council.AgendaItems.DecisionOutcome.Adopted, null).IsSuccess);
            result = (open.Id, closed.Title);
        });
        return result;
    }

    public static Task<Council.Meetings.Meeting> KamenMeetingAsync(PortalServer server) =>
        WithDbAsync(server, db => db.Meetings.AsNoTracking().Include(m => m.AgendaItems).SingleAsync(m => m.Date == new DateOnly(2021, 11, 4)));
}
