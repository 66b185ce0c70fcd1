using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Bench;

/// <summary>Rows of meetings.</summary>
internal static partial class BenchRows
{
    public static void Meetings(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var meeting = 0; meeting < layout.Plan.Meetings; meeting++)
        {
            var random = BenchRandom.For(layout.Seed, BenchStream.Meeting, -1 - meeting);
            var state = (MeetingState)layout.MeetingState[meeting];
            var day = DateOnly.FromDayNumber(layout.MeetingDay[meeting]);
            var start = new TimeOnly(14, 0).AddMinutes(30 * random.Next(11));
            TimeOnly? end = state == MeetingState.Held ? start.AddMinutes(60 + (15 * random.Next(13))) : null;
            var (org, _) = BenchNames.Organization(layout, layout.MeetingOrg[meeting] - 1);
            var (created, modified) = MeetingStamps(layout, meeting);
            w.Number(meeting + 1);
            w.Number(layout.MeetingOrg[meeting]);
            w.Number(layout.MeetingSession[meeting]);
            w.Text($"{org}: {layout.MeetingSession[meeting]}. Sitzung");
            w.Date(day);
            w.Time(start);
            w.Time(end);
            w.Text(MeetingClock.DefaultTimeZoneId);
            w.Timestamp(MeetingClock.ToUtc(day, start, MeetingClock.DefaultTimeZoneId));
            w.Number(layout.MeetingLocation[meeting]);
            w.Number((int)state);
            w.Bool(state == MeetingState.Held ? !random.Chance(0.02) : null);
            w.Text(state == MeetingState.Cancelled ? "Die Sitzung wurde abgesagt." : null);
            rows.Stamps(created, modified, layout.MeetingDeleted[meeting]);
        }
    }

    /// <summary>Created with the invitation weeks before the day; held meetings change again when the minutes come.</summary>
    private static (DateTime Created, DateTime Modified) MeetingStamps(BenchLayout layout, int meeting)
    {
        var random = BenchRandom.For(layout.Seed, BenchStream.Meeting, -1_000_000_000L - meeting);
        var day = DateOnly.FromDayNumber(layout.MeetingDay[meeting]);
        var created = BenchCalendar.At(day.AddDays(-21 - random.Next(15)), ref random);
        var modified = (MeetingState)layout.MeetingState[meeting] == MeetingState.Held
            ? BenchCalendar.At(day.AddDays(5 + random.Next(36)), ref random)
            : BenchCalendar.Modified(created, ref random);
        return (created, modified < created ? created : modified);
    }
}
