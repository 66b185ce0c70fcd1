using System.Globalization;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.OParl;

/// <summary>
/// OParl date-times are ISO 8601 with an offset. Ratsnetz stores UTC and answers in the local time of Germany, so
/// a reader sees the wall-clock time of the town hall together with its offset.
/// </summary>
public static class OParlTime
{
    private static readonly TimeZoneInfo Berlin = MeetingClock.Zone(MeetingClock.DefaultTimeZoneId);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    public static string Format(DateTime utc)
    {
        var instant = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(instant, Berlin).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Berlin).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A date and local time where the meeting is held, as an instant with its offset.</summary>
    public static string? Local(DateOnly? date, TimeOnly? time, string timeZoneId)
    {
        if (date is not { } day || time is not { } clock)
        {
            return null;
        }

        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        var zone = MeetingClock.Zone(timeZoneId);
        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A full date-time with an offset (or Z); a date alone or a time without offset is ambiguous and refused.</summary>
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        && (text.EndsWith('Z') || text.EndsWith('z') || HasOffset(text));

    private static bool HasOffset(string text) =>
        text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':';
}
