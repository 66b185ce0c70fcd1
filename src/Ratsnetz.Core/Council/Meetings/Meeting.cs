using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Meetings;

/// <summary>
/// A session of one organization (Sitzung). Times are local to <see cref="TimeZoneId"/>; the date may be unknown
/// when a record only survives as a document excerpt. Attendance and agenda are changed only through the
/// meeting so that their rules (one record per person, unique item numbers per part) hold.
/// </summary>
public sealed partial class Meeting : Entity
{
    private readonly List<AgendaItem> _agendaItems = [];
    private readonly List<Attendance> _attendances = [];

    private Meeting()
    {
        TimeZoneId = MeetingClock.DefaultTimeZoneId;
    }

    private Meeting(int organizationId)
    {
        OrganizationId = organizationId;
        TimeZoneId = MeetingClock.DefaultTimeZoneId;
        State = MeetingState.Planned;
    }

    public int OrganizationId { get; private set; }

    /// <summary>Running number of the session within the term ("2. Sitzung").</summary>
    public int? SessionNumber { get; private set; }

    /// <summary>An explicit name where the record gives one; otherwise pages compose one from body and number.</summary>
    public string? Name { get; private set; }

    public DateOnly? Date { get; private set; }

    public TimeOnly? StartTime { get; private set; }

    public TimeOnly? EndTime { get; private set; }

    public string TimeZoneId { get; private set; }

    /// <summary>Derived from date and start time; used for ordering and "upcoming" queries.</summary>
    public DateTime? StartsAtUtc { get; private set; }

    public int? LocationId { get; private set; }

    public MeetingState State { get; private set; }

    /// <summary>Whether the record states the body was quorate (beschlussfähig).</summary>
    public bool? QuorumConfirmed { get; private set; }

    /// <summary>Remarks on the record itself, e.g. why the date is unknown.</summary>
    public string? Note { get; private set; }

    public IReadOnlyList<AgendaItem> AgendaItems => _agendaItems;

    public IReadOnlyList<Attendance> Attendances => _attendances;

    public static Result<Meeting> Create(int organizationId, DateOnly? date, TimeOnly? start = null, TimeOnly? end = null, int? sessionNumber = null)
    {
        var meeting = new Meeting(organizationId);
        var timing = meeting.Reschedule(date, start, end);
        if (timing.IsError)
        {
            return timing.Error!;
        }

        var number = meeting.SetSessionNumber(sessionNumber);
        return number.IsError ? number.Error! : meeting;
    }

    public Result Reschedule(DateOnly? date, TimeOnly? start, TimeOnly? end)
    {
        if (start is { } from && end is { } until && until < from)
        {
            return new ValidationError("meeting.end_before_start", "A meeting cannot end before it starts.", "end");
        }

        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("meeting.cancelled", "A cancelled meeting cannot be rescheduled.");
        }

        Date = date;
        StartTime = start;
        EndTime = end;
        StartsAtUtc = MeetingClock.ToUtc(date, start, TimeZoneId);
        return Result.Success;
    }

    public Result SetSessionNumber(int? sessionNumber)
    {
        if (sessionNumber is <= 0)
        {
            return new ValidationError("meeting.session_number_positive", "The session number must be positive.", "sessionNumber");
        }

        SessionNumber = sessionNumber;
        return Result.Success;
    }

    public void Describe(string? name, string? note)
    {
        Name = Text.Clean(name);
        Note = Text.Clean(note);
    }

    public void SetLocation(int? locationId) => LocationId = locationId;

    public void RecordQuorum(bool? confirmed) => QuorumConfirmed = confirmed;

    public Result MarkInvited()
    {
        if (State is MeetingState.Cancelled or MeetingState.Held)
        {
            return new ConflictError("meeting.not_plannable", "Only a planned meeting can be invited to.");
        }

        State = MeetingState.Invited;
        return Result.Success;
    }

    public Result MarkHeld()
    {
        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("meeting.cancelled", "A cancelled meeting cannot have been held.");
        }

        State = MeetingState.Held;
        return Result.Success;
    }

    public Result Cancel()
    {
        if (State == MeetingState.Held)
        {
            return new ConflictError("meeting.already_held", "A meeting that has been held cannot be cancelled.");
        }

        State = MeetingState.Cancelled;
        return Result.Success;
    }
}
