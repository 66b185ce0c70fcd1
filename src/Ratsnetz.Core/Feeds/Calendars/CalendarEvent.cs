using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Feeds.Calendars;

/// <summary>One meeting as a calendar entry, in the local time of its body (see <see cref="MeetingClock"/>).</summary>
public sealed record CalendarEvent(
    int MeetingId,
    string Title,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string TimeZoneId,
    string? Location,
    MeetingState State,
    DateTime CreatedUtc,
    DateTime ModifiedUtc,
    IReadOnlyList<string> PublicAgenda)
{
    public bool Cancelled => State == MeetingState.Cancelled;

    /// <summary>
    /// RFC 5545 wants SEQUENCE to grow with every revision a subscriber should notice. Ratsnetz keeps no revision
    /// counter, but <c>modified</c> only moves forward, so the minutes between creation and the last change do.
    /// </summary>
    public int Sequence => (int)Math.Clamp((ModifiedUtc - CreatedUtc).TotalMinutes, 0, int.MaxValue);
}

/// <summary>A calendar: its name and its events, oldest first.</summary>
public sealed record MeetingCalendar(string Name, IReadOnlyList<CalendarEvent> Events);
