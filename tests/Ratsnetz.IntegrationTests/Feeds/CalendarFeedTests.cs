using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Feeds;

namespace Ratsnetz.Feeds;

/// <summary>Meeting calendars (RFC 5545) as ical.js, the parser of many web calendars, reads them.</summary>
public sealed class CalendarFeedTests
{
    private const string Calendar = "text/calendar";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_body_calendar_holds_the_meeting_in_Berlin_time_with_a_stable_uid_and_only_public_items(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind, clock: new TestClock(FeedServer.AfterKamenMeeting));
        using var client = server.CreateClient();
        var meeting = await FeedServer.KamenMeetingAsync(server);
        var url = $"/gremien/{meeting.OrganizationId}/kalender.ics";

        var (text, etag) = await FeedServer.GetAsync(client, url, Calendar);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        var calendar = await FeedValidator.ParseAsync("ical", text);
        Assert.False(calendar.TryGetProperty("error", out var error), error.ToString());
        Assert.Equal("2.0", calendar.GetProperty("version").GetString());
        Assert.Contains("Europe/Berlin", calendar.GetProperty("timezones").EnumerateArray().Select(z => z.GetString()));

        var entry = Event(calendar, meeting.Id);
        Assert.Equal($"sitzung-{meeting.Id}@{server.BaseAddress.Host}", entry.GetProperty("uid").GetString());
        Assert.Equal("Europe/Berlin", entry.GetProperty("timezone").GetString());
        var expectedStart = MeetingClock.ToUtc(meeting.Date, meeting.StartTime, meeting.TimeZoneId)!.Value;
        Assert.Equal(expectedStart, DateTime.Parse(entry.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        Assert.Equal("CONFIRMED", entry.GetProperty("status").GetString());
        Assert.EndsWith($"/sitzungen/{meeting.Id}", entry.GetProperty("url").GetString(), StringComparison.Ordinal);

        var description = entry.GetProperty("description").GetString()!;
        var live = meeting.AgendaItems.Where(i => !i.Deleted).ToList();
        Assert.All(live.Where(i => i.IsPublic), item => Assert.Contains(item.Title, description, StringComparison.Ordinal));
        // Non-public titles that no public item shares (the Kamen agenda has "Mitteilungen der Verwaltung" in both parts).
        var secret = live.Where(i => !i.IsPublic && !live.Any(p => p.IsPublic && p.Title == i.Title)).ToList();
        Assert.NotEmpty(secret);
        Assert.All(secret, item => Assert.DoesNotContain(item.Title, description, StringComparison.Ordinal));

        // Polling clients: the same answer again, and 304 for what they already have.
        var (again, _) = await FeedServer.GetAsync(client, url, Calendar);
        Assert.Equal(text, again);
        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, await FeedServer.StatusAsync(client, url, etag));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_rescheduled_meeting_keeps_its_uid_with_a_higher_sequence_and_a_cancelled_one_says_so(DatabaseKind kind)
    {
        var clock = new TestClock(FeedServer.AfterKamenMeeting);
        await using var server = await PortalServer.StartAsync(kind, clock: clock);
        using var client = server.CreateClient();
        var kamen = await FeedServer.KamenMeetingAsync(server);
        var id = 0;
        await FeedServer.ChangeAsync(server, async db =>
        {
            var planned = Meeting.Create(kamen.OrganizationId, new DateOnly(2021, 12, 9), new TimeOnly(17, 0), new TimeOnly(19, 0)).Value;
            db.Meetings.Add(planned);
            await db.SaveChangesAsync();
            id = planned.Id;
        });
        var url = $"/gremien/{kamen.OrganizationId}/kalender.ics";
        var before = Event(await FeedValidator.ParseAsync("ical", (await FeedServer.GetAsync(client, url, Calendar)).Text), id);
        Assert.Equal("2021-12-09T16:00:00.000Z", before.GetProperty("start").GetString());

        clock.Advance(TimeSpan.FromHours(3));
        await FeedServer.ChangeAsync(server, async db =>
            Assert.True((await db.Meetings.SingleAsync(m => m.Id == id)).Reschedule(new DateOnly(2021, 12, 9), new TimeOnly(18, 30), new TimeOnly(20, 0)).IsSuccess));
        var moved = Event(await FeedValidator.ParseAsync("ical", (await FeedServer.GetAsync(client, url, Calendar)).Text), id);
        Assert.Equal(before.GetProperty("uid").GetString(), moved.GetProperty("uid").GetString());
        Assert.True(moved.GetProperty("sequence").GetInt32() > before.GetProperty("sequence").GetInt32(), "the sequence grows with the change");
        Assert.Equal("2021-12-09T17:30:00.000Z", moved.GetProperty("start").GetString());
        Assert.Equal("2021-12-09T19:00:00.000Z", moved.GetProperty("end").GetString());

        clock.Advance(TimeSpan.FromHours(1));
        await FeedServer.ChangeAsync(server, async db => Assert.True((await db.Meetings.SingleAsync(m => m.Id == id)).Cancel().IsSuccess));
        var cancelled = Event(await FeedValidator.ParseAsync("ical", (await FeedServer.GetAsync(client, url, Calendar)).Text), id);
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        Assert.EndsWith("(abgesagt)", cancelled.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(cancelled.GetProperty("sequence").GetInt32() > moved.GetProperty("sequence").GetInt32());
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_persons_calendar_and_the_portal_calendar_hold_the_meeting_and_pages_link_their_calendars(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind, clock: new TestClock(FeedServer.AfterKamenMeeting));
        using var client = server.CreateClient();
        var meeting = await FeedServer.KamenMeetingAsync(server);
        var member = await FeedServer.WithDbAsync(server, db => db.Memberships
            .Where(m => m.OrganizationId == meeting.OrganizationId && !m.Deleted && (m.StartDate == null || m.StartDate <= meeting.Date) && (m.EndDate == null || m.EndDate >= meeting.Date))
            .Select(m => m.PersonId).FirstAsync());

        foreach (var url in new[] { $"/personen/{member}/kalender.ics", "/kalender.ics" })
        {
            var calendar = await FeedValidator.ParseAsync("ical", (await FeedServer.GetAsync(client, url, Calendar)).Text);
            Assert.Equal(JsonValueKind.Object, Event(calendar, meeting.Id).ValueKind);
        }

        Assert.Equal(HttpStatusCode.NotFound, await FeedServer.StatusAsync(client, "/personen/999999/kalender.ics"));
        Assert.Equal(HttpStatusCode.NotFound, await FeedServer.StatusAsync(client, "/gremien/999999/kalender.ics"));
        foreach (var (page, feed) in new[]
        {
            ("/", "/kalender.ics"), ("/sitzungen", "/kalender.ics"),
            ($"/gremien/{meeting.OrganizationId}", $"/gremien/{meeting.OrganizationId}/kalender.ics"), ($"/personen/{member}", $"/personen/{member}/kalender.ics"),
        })
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            Assert.Contains($"<link rel=\"alternate\" type=\"text/calendar\" href=\"{feed}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_body_that_met_long_ago_still_shows_its_latest_meetings(DatabaseKind kind)
    {
        // The default test clock is five years after the demo's meetings, far outside the 400-day window.
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        var meeting = await FeedServer.KamenMeetingAsync(server);
        var dated = await FeedServer.WithDbAsync(server, db => db.Meetings.CountAsync(m => m.OrganizationId == meeting.OrganizationId && m.Date != null && !m.Deleted));
        Assert.InRange(dated, 1, Ratsnetz.Feeds.Calendars.GetMeetingCalendarHandler.AtLeast);

        var calendar = await FeedValidator.ParseAsync("ical", (await FeedServer.GetAsync(client, $"/gremien/{meeting.OrganizationId}/kalender.ics", Calendar)).Text);
        Assert.Equal(dated, calendar.GetProperty("events").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, Event(calendar, meeting.Id).ValueKind);
    }

    private static JsonElement Event(JsonElement calendar, int meetingId) =>
        calendar.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("uid").GetString()!.StartsWith($"sitzung-{meetingId}@", StringComparison.Ordinal));
}
