namespace Ratsnetz.Council.Meetings;

/// <summary>
/// Meetings are held and announced in local time; instants are derived only for ordering, filters and feeds.
/// </summary>
public static class MeetingClock
{
    public const string DefaultTimeZoneId = "Europe/Berlin";

    public static TimeZoneInfo Zone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static DateTime? ToUtc(DateOnly? date, TimeOnly? time, string timeZoneId)
    {
        if (date is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone(timeZoneId));
    }

    /// <summary>Today's date where the meeting's body is, which decides what counts as upcoming.</summary>
    public static DateOnly Today(TimeProvider clock, string timeZoneId = DefaultTimeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone(timeZoneId)).DateTime);
}
