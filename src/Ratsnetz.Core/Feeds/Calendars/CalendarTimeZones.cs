namespace Ratsnetz.Feeds.Calendars;

/// <summary>
/// VTIMEZONE definitions. Meetings are held in German towns, so Central European Time with the EU's summer time
/// rule (last Sunday of March and of October) covers them; another zone id gets a fixed-offset definition from the
/// system's current rules, which is what most calendar producers do.
/// </summary>
internal static class CalendarTimeZones
{
    private static readonly string[] CentralEurope =
    [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
    ];

    public static IEnumerable<string> Definition(string zoneId)
    {
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + zoneId;
        if (zoneId == Council.Meetings.MeetingClock.DefaultTimeZoneId)
        {
            foreach (var line in CentralEurope)
            {
                yield return line;
            }
        }
        else
        {
            var offset = Offset(Council.Meetings.MeetingClock.Zone(zoneId).BaseUtcOffset);
            yield return "BEGIN:STANDARD";
            yield return "TZOFFSETFROM:" + offset;
            yield return "TZOFFSETTO:" + offset;
            yield return "DTSTART:19700101T000000";
            yield return "END:STANDARD";
        }

        yield return "END:VTIMEZONE";
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", System.Globalization.CultureInfo.InvariantCulture);
}
