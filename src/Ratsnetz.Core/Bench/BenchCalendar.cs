namespace Ratsnetz.Bench;

/// <summary>
/// The fixed calendar of generated data (never the machine's clock, so a seed always gives the same rows):
/// four NRW electoral terms, records from late 2009 to "now" = 1 February 2026, meetings planned a little beyond.
/// </summary>
internal static class BenchCalendar
{
    public static readonly DateOnly FirstDay = new(2009, 11, 1);

    public static readonly DateOnly Today = new(2026, 2, 1);

    public static readonly DateOnly LastMeetingDay = new(2026, 3, 31);

    public static readonly DateTime Now = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly (string Name, DateOnly Start, DateOnly End)[] Terms =
    [
        ("Wahlperiode 2009–2014", new DateOnly(2009, 10, 21), new DateOnly(2014, 6, 15)),
        ("Wahlperiode 2014–2020", new DateOnly(2014, 6, 16), new DateOnly(2020, 10, 31)),
        ("Wahlperiode 2020–2025", new DateOnly(2020, 11, 1), new DateOnly(2025, 10, 31)),
        ("Wahlperiode 2025–2030", new DateOnly(2025, 11, 1), new DateOnly(2030, 10, 31)),
    ];

    public static int TermOf(DateOnly date)
    {
        for (var i = Terms.Length - 1; i > 0; i--)
        {
            if (date >= Terms[i].Start)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>A day between <paramref name="from"/> and <paramref name="to"/> at position <paramref name="fraction"/> (0–1).</summary>
    public static DateOnly Between(DateOnly from, DateOnly to, double fraction) =>
        from.AddDays((int)((to.DayNumber - from.DayNumber) * Math.Clamp(fraction, 0, 1)));

    /// <summary>An office-hours instant on <paramref name="day"/> (UTC), never after <see cref="Now"/>.</summary>
    public static DateTime At(DateOnly day, ref BenchRandom random)
    {
        var instant = day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc).AddSeconds(random.Next(10 * 3600));
        return instant > Now ? Now.AddSeconds(-random.Next(1, 86_400)) : instant;
    }

    /// <summary>
    /// When an object created at <paramref name="created"/> was last changed: most are never touched again,
    /// some are corrected days to years later, which spreads <c>modified</c> over the years as real servers show.
    /// </summary>
    public static DateTime Modified(DateTime created, ref BenchRandom random)
    {
        if (random.Chance(0.6))
        {
            return created;
        }

        var later = created.AddMinutes(random.Chance(0.5) ? random.Next(1, 60 * 24 * 14) : random.Next(1, 60 * 24 * 900));
        return later > Now ? Now : later;
    }
}
