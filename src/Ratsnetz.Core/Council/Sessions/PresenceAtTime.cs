using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Sessions;

/// <summary>Who is in the room at a given local time, from the recorded arrivals and departures.</summary>
public static class PresenceAtTime
{
    /// <summary>
    /// Present means recorded present, arrived at or before <paramref name="at"/> (or no arrival time: there from the
    /// start) and not yet gone (a departure at <paramref name="at"/> counts as gone).
    /// </summary>
    public static IEnumerable<QuorumParticipant> Participants(IEnumerable<Attendance> attendance, TimeOnly at)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        return attendance
            .Where(a => !a.Deleted && a.Status == AttendanceStatus.Present)
            .Where(a => a.From is null || a.From <= at)
            .Where(a => a.Until is null || a.Until > at)
            .Select(a => new QuorumParticipant(a.PersonId, a.Role, a.SubstituteForPersonId));
    }
}
