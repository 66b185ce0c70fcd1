using Ratsnetz.Common;

namespace Ratsnetz.Council.Attendances;

/// <summary>
/// One person's attendance at one meeting: present, excused or absent, with arrival and departure and, for a
/// substitute, the member stood in for. OParl has no such object; it is published as an extension.
/// </summary>
public sealed class Attendance : Entity
{
    private Attendance()
    {
    }

    internal Attendance(int meetingId, int personId, AttendanceStatus status, AttendanceRole role)
    {
        MeetingId = meetingId;
        PersonId = personId;
        Status = status;
        Role = role;
    }

    public int MeetingId { get; private set; }

    public int PersonId { get; private set; }

    public AttendanceStatus Status { get; private set; }

    public AttendanceRole Role { get; private set; }

    /// <summary>The list, faction or section under which the record lists the person ("SPD", "Verwaltung").</summary>
    public string? Group { get; private set; }

    /// <summary>Office word as written for this meeting, e.g. "Beigeordnete".</summary>
    public string? Function { get; private set; }

    /// <summary>Arrival, local meeting time; null when present from the start.</summary>
    public TimeOnly? From { get; private set; }

    /// <summary>Departure, local meeting time; null when present to the end.</summary>
    public TimeOnly? Until { get; private set; }

    /// <summary>Arrival given as an agenda item instead of a time ("ab TOP 4").</summary>
    public string? FromAgendaNumber { get; private set; }

    public string? UntilAgendaNumber { get; private set; }

    /// <summary>The absent member this person substitutes for.</summary>
    public int? SubstituteForPersonId { get; private set; }

    public void Describe(string? group, string? function)
    {
        Group = Text.Clean(group);
        Function = Text.Clean(function);
    }

    internal Result SetPresence(TimeOnly? from, TimeOnly? until, string? fromAgendaNumber, string? untilAgendaNumber)
    {
        var anyPresenceDetail = from is not null || until is not null || fromAgendaNumber is not null || untilAgendaNumber is not null;
        if (Status != AttendanceStatus.Present && anyPresenceDetail)
        {
            return new ValidationError("attendance.times_for_absent", "Arrival and departure can only be recorded for people who were present.", "from");
        }

        if (from is { } arrival && until is { } departure && departure < arrival)
        {
            return new ValidationError("attendance.leaves_before_arrival", "A person cannot leave before arriving.", "until");
        }

        From = from;
        Until = until;
        FromAgendaNumber = Text.Clean(fromAgendaNumber);
        UntilAgendaNumber = Text.Clean(untilAgendaNumber);
        return Result.Success;
    }

    /// <summary>Changes status, role and times together; on a broken rule nothing changes.</summary>
    internal Result Correct(AttendanceStatus status, AttendanceRole role, TimeOnly? from, TimeOnly? until)
    {
        var previous = Status;
        Status = status;
        var present = status == AttendanceStatus.Present;
        var presence = SetPresence(from, until, present ? FromAgendaNumber : null, present ? UntilAgendaNumber : null);
        if (presence.IsError)
        {
            Status = previous;
            return presence;
        }

        Role = role;
        return Result.Success;
    }

    internal void SetSubstituteFor(int? personId) => SubstituteForPersonId = personId;

    /// <summary>Whether the person was in the room at <paramref name="time"/> (local meeting time).</summary>
    public bool IsPresentAt(TimeOnly time) =>
        Status == AttendanceStatus.Present && (From is null || From <= time) && (Until is null || time < Until);
}
