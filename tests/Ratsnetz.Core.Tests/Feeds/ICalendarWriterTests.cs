using System.Text;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Feeds.Calendars;

namespace Ratsnetz.Feeds;

public sealed class ICalendarWriterTests
{
    private static readonly DateTime Created = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_umlauts_and_unfold_to_the_original()
    {
        var title = string.Concat(Enumerable.Repeat("Integrationsrat Übergänge für Geflüchtete; Maßnahmen, ", 4));
        var text = Write(Event(title: title));

        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.All(lines, line => Assert.DoesNotContain('\uFFFD', line));
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + ICalendarWriter.Text(title) + "\r\n", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_values_escape_the_characters_RFC_5545_reserves()
    {
        Assert.Equal(@"a\\b\;c\,d\ne", ICalendarWriter.Text("a\\b;c,d\r\ne"));
    }

    [Fact]
    public void A_meeting_without_start_time_is_a_day_entry_and_times_are_local_with_the_zone()
    {
        var day = Write(Event(timed: false));
        Assert.Contains("DTSTART;VALUE=DATE:20261210\r\n", day, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20261211\r\n", day, StringComparison.Ordinal);

        var timed = Write(Event());
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261210T170000\r\n", timed, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Berlin:20261210T190000\r\n", timed, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", timed, StringComparison.Ordinal);
        Assert.Contains("UID:sitzung-7@ris.example.org\r\n", timed, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", timed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sequence_grows_with_the_time_of_the_last_change_and_a_cancellation_is_marked()
    {
        var first = Event();
        var later = first with { ModifiedUtc = first.ModifiedUtc.AddMinutes(90), State = MeetingState.Cancelled };
        Assert.True(later.Sequence > first.Sequence);
        var text = Write(later);
        Assert.Contains("STATUS:CANCELLED\r\n", text, StringComparison.Ordinal);
        Assert.Contains("(abgesagt)", text, StringComparison.Ordinal);
    }

    private static CalendarEvent Event(string title = "Integrationsrat: 3. Sitzung", TimeOnly? start = null, TimeOnly? end = null, bool timed = true) =>
        new(7, title, new DateOnly(2026, 12, 10), start ?? (timed ? new TimeOnly(17, 0) : null), end ?? (timed ? new TimeOnly(19, 0) : null),
            MeetingClock.DefaultTimeZoneId, "Rathaus, Raum 1", MeetingState.Planned, Created, Created.AddDays(2), ["TOP 1: Einwohnerfragestunde"]);

    private static string Write(CalendarEvent calendarEvent) =>
        ICalendarWriter.Write(new MeetingCalendar("Sitzungen", [calendarEvent]), "ris.example.org", id => $"https://ris.example.org/sitzungen/{id}");
}
