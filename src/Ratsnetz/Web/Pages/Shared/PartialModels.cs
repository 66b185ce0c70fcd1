using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Web.Pages.Shared;

/// <summary>A table of meetings with its caption; <paramref name="Id"/> labels the scrollable region.</summary>
public sealed record MeetingTable(string Id, string Caption, IReadOnlyList<MeetingSummary> Meetings, bool ShowOrganization = true);

/// <summary>A list of documents; <paramref name="ShowConfidentialMarker"/> marks non-public ones for viewers who may see them.</summary>
public sealed record FileList(IReadOnlyList<FileSummary> Files, bool ShowConfidentialMarker = true);

/// <summary>One calendar or feed a page offers: its URL, media type and the resource key of its name.</summary>
public sealed record FeedLink(string Href, string Type, string NameKey);

/// <summary>The calendars and feeds of a page, for discovery in the head and as visible links.</summary>
public sealed record FeedLinks(IReadOnlyList<FeedLink> Links)
{
    public const string Calendar = "text/calendar";
    public const string Atom = "application/atom+xml";

    /// <summary>Everything: the whole calendar and the three news feeds.</summary>
    public static FeedLinks Portal { get; } = new(
    [
        new("/kalender.ics", Calendar, "Feeds_Calendar"),
        new("/sitzungen.atom", Atom, "Feeds_Meetings"),
        new("/vorlagen.atom", Atom, "Feeds_Papers"),
        new("/beschluesse.atom", Atom, "Feeds_Resolutions"),
    ]);

    public static FeedLinks Organization(int id) => new(
    [
        new($"/gremien/{id}/kalender.ics", Calendar, "Feeds_Calendar"),
        new($"/gremien/{id}/sitzungen.atom", Atom, "Feeds_Meetings"),
        new($"/gremien/{id}/vorlagen.atom", Atom, "Feeds_Papers"),
        new($"/gremien/{id}/beschluesse.atom", Atom, "Feeds_Resolutions"),
    ]);

    public static FeedLinks Person(int id) => new([new($"/personen/{id}/kalender.ics", Calendar, "Feeds_Calendar")]);

    /// <summary>A saved search: the search page's query string (<c>?q=…&amp;typ=…</c>) on the feed's path.</summary>
    public static FeedLinks Search(string queryString) => new([new("/suche.atom" + queryString, Atom, "Feeds_SearchResults")]);
}
