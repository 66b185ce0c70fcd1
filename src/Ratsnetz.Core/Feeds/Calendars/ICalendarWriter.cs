using System.Globalization;
using System.Text;

namespace Ratsnetz.Feeds.Calendars;

/// <summary>
/// Writes a <see cref="MeetingCalendar"/> as iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, TEXT values escaped, times local with a VTIMEZONE for each zone used.
/// </summary>
public static class ICalendarWriter
{
    /// <param name="uidDomain">The right-hand side of every UID: the host the calendar is subscribed at.</param>
    /// <param name="pageUrl">The absolute URL of a meeting's page.</param>
    public static string Write(MeetingCalendar calendar, string uidDomain, Func<int, string> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var output = new StringBuilder();
        void Line(string name, string value) => Fold(output, name + ":" + value);

        Line("BEGIN", "VCALENDAR");
        Line("VERSION", "2.0");
        Line("PRODID", "-//Ratsnetz//Sitzungskalender//DE");
        Line("CALSCALE", "GREGORIAN");
        Line("METHOD", "PUBLISH");
        Line("X-WR-CALNAME", Text(calendar.Name));
        Line("X-WR-TIMEZONE", Council.Meetings.MeetingClock.DefaultTimeZoneId);
        foreach (var zone in calendar.Events.Select(e => e.TimeZoneId).Append(Council.Meetings.MeetingClock.DefaultTimeZoneId).Distinct(StringComparer.Ordinal))
        {
            foreach (var line in CalendarTimeZones.Definition(zone))
            {
                Fold(output, line);
            }
        }

        foreach (var meeting in calendar.Events)
        {
            Line("BEGIN", "VEVENT");
            Line("UID", $"sitzung-{meeting.MeetingId.ToString(CultureInfo.InvariantCulture)}@{uidDomain}");
            Line("DTSTAMP", Utc(meeting.ModifiedUtc));
            Line("CREATED", Utc(meeting.CreatedUtc));
            Line("LAST-MODIFIED", Utc(meeting.ModifiedUtc));
            Line("SEQUENCE", meeting.Sequence.ToString(CultureInfo.InvariantCulture));
            if (meeting.Start is { } start)
            {
                Line($"DTSTART;TZID={meeting.TimeZoneId}", Local(meeting.Date, start));
                if (meeting.End is { } end && end > start)
                {
                    Line($"DTEND;TZID={meeting.TimeZoneId}", Local(meeting.Date, end));
                }
            }
            else
            {
                // Without a start time the meeting is a day's entry; DTEND of a date is exclusive.
                Line("DTSTART;VALUE=DATE", Day(meeting.Date));
                Line("DTEND;VALUE=DATE", Day(meeting.Date.AddDays(1)));
            }

            Line("SUMMARY", Text(meeting.Cancelled ? meeting.Title + " (abgesagt)" : meeting.Title));
            if (meeting.Location is { Length: > 0 } location)
            {
                Line("LOCATION", Text(location));
            }

            if (meeting.PublicAgenda.Count > 0)
            {
                Line("DESCRIPTION", Text("Tagesordnung (öffentlicher Teil):\n" + string.Join('\n', meeting.PublicAgenda)));
            }

            Line("URL", pageUrl(meeting.MeetingId));
            Line("STATUS", meeting.Cancelled ? "CANCELLED" : "CONFIRMED");
            Line("TRANSP", "OPAQUE");
            Line("END", "VEVENT");
        }

        Line("END", "VCALENDAR");
        return output.ToString();
    }

    /// <summary>TEXT escaping of RFC 5545 § 3.3.11.</summary>
    internal static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\r", "\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 sequence.</summary>
    internal static void Fold(StringBuilder output, string line)
    {
        var limit = 75;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }

    private static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
