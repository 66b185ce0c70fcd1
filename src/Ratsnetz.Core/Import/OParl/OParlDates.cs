using System.Globalization;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Import.OParl;

/// <summary>
/// OParl asks for ISO 8601 with offset; real servers also send "Z", no offset at all (local time meant), a bare date,
/// or a space instead of "T". Times without an offset are read as Europe/Berlin wall-clock time.
/// </summary>
public static class OParlDates
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "dd.MM.yyyy HH:mm", "dd.MM.yyyy",
    ];

    /// <summary>An instant, or null when the text is no recognisable date.</summary>
    public static DateTimeOffset? ParseInstant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (HasOffset(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (!DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zone = MeetingClock.Zone(MeetingClock.DefaultTimeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    public static DateTime? ParseUtc(string? text) => ParseInstant(text)?.UtcDateTime;

    /// <summary>A calendar date; a date-time gives its date where it was written (the offset is not applied).</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        return DateOnly.TryParseExact(value, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var german) ? german : null;
    }

    /// <summary>Wall-clock date and time in Europe/Berlin; the time is null when the source gave a bare date.</summary>
    public static (DateOnly Date, TimeOnly? Time)? ToBerlin(string? text)
    {
        if (ParseInstant(text) is not { } instant)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(instant, MeetingClock.Zone(MeetingClock.DefaultTimeZoneId)).DateTime;
        var dateOnly = text!.Trim().Length <= 10;
        return (DateOnly.FromDateTime(local), dateOnly ? null : TimeOnly.FromDateTime(local));
    }

    private static bool HasOffset(string value)
    {
        if (value.EndsWith('Z') || value.EndsWith('z'))
        {
            return true;
        }

        var time = value.IndexOfAny(['T', ' ']);
        return time > 0 && value.IndexOfAny(['+', '-'], time) > 0;
    }
}
