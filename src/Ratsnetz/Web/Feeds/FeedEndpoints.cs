using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Feeds;
using Ratsnetz.Feeds.Atom;
using Ratsnetz.Feeds.Calendars;
using Ratsnetz.Web.Search;

namespace Ratsnetz.Web.Feeds;

/// <summary>
/// Calendars (iCalendar) and Atom feeds: anonymous, public content only, with entity tags so that subscribed
/// clients polling every few minutes mostly get 304.
/// </summary>
public static class FeedEndpoints
{
    public const string CalendarType = "text/calendar; charset=utf-8";
    public const string AtomType = "application/atom+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/kalender.ics", (HttpContext http, GetMeetingCalendarHandler handler) => CalendarAsync(http, handler, FeedScope.All));
        endpoints.MapGet("/gremien/{id:int}/kalender.ics", (HttpContext http, GetMeetingCalendarHandler handler, int id) => CalendarAsync(http, handler, FeedScope.Organization(id)));
        endpoints.MapGet("/personen/{id:int}/kalender.ics", (HttpContext http, GetMeetingCalendarHandler handler, int id) => CalendarAsync(http, handler, FeedScope.Person(id)));
        foreach (var (segment, topic) in Topics)
        {
            endpoints.MapGet($"/{segment}.atom", (HttpContext http, GetAtomFeedHandler handler) => AtomAsync(http, handler, topic, FeedScope.All));
            endpoints.MapGet($"/gremien/{{id:int}}/{segment}.atom", (HttpContext http, GetAtomFeedHandler handler, int id) => AtomAsync(http, handler, topic, FeedScope.Organization(id)));
        }

        endpoints.MapGet("/suche.atom", SearchAtomAsync);
        return endpoints;
    }

    /// <summary>The URL segment of each topic's feed.</summary>
    public static IReadOnlyList<(string Segment, FeedTopic Topic)> Topics { get; } =
        [("sitzungen", FeedTopic.Meetings), ("vorlagen", FeedTopic.Papers), ("beschluesse", FeedTopic.Resolutions)];

    private static async Task CalendarAsync(HttpContext http, GetMeetingCalendarHandler handler, FeedScope scope)
    {
        var calendar = await handler.HandleAsync(new GetMeetingCalendar(scope), http.RequestAborted);
        if (calendar.Error is { } error)
        {
            await ErrorAsync(http, error);
            return;
        }

        var baseUrl = BaseUrl(http);
        var text = ICalendarWriter.Write(calendar.Value, http.Request.Host.Host, id => $"{baseUrl}/sitzungen/{id}");
        await WriteAsync(http, Encoding.UTF8.GetBytes(text), CalendarType);
    }

    private static async Task AtomAsync(HttpContext http, GetAtomFeedHandler handler, FeedTopic topic, FeedScope scope)
    {
        var feed = await handler.HandleAsync(new GetAtomFeed(topic, scope), http.RequestAborted);
        if (feed.Error is { } error)
        {
            await ErrorAsync(http, error);
            return;
        }

        await WriteAsync(http, AtomWriter.Write(feed.Value, BaseUrl(http), http.Request.Path + http.Request.QueryString), AtomType);
    }

    // A saved search is its URL: the search page's own parameters (q, typ, jahr, kommune), so a page's feed link is the
    // page's query string on another path.
    private static async Task SearchAtomAsync(HttpContext http, GetSearchFeedHandler handler)
    {
        var query = http.Request.Query;
        var request = SearchRequestParser.Parse(Viewer.Anonymous, query["q"], query["typ"], query["jahr"], query["kommune"], null, null);
        var feed = request.Error is { } invalid
            ? invalid
            : await handler.HandleAsync(new GetSearchFeed(request.Value.Text, request.Value.BodyId, request.Value.Kind, request.Value.Year), http.RequestAborted);
        if (feed.Error is { } error)
        {
            await ErrorAsync(http, error);
            return;
        }

        await WriteAsync(http, AtomWriter.Write(feed.Value, BaseUrl(http), http.Request.Path + http.Request.QueryString), AtomType);
    }

    private static async Task WriteAsync(HttpContext http, byte[] body, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        var response = http.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, max-age=300";
        if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && (value == "*" || value.Split(',').Any(tag => tag.Trim() == etag))))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static Task ErrorAsync(HttpContext http, Error error)
    {
        http.Response.StatusCode = error is NotFoundError ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(error.Message, http.RequestAborted);
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
