using Ratsnetz.Common;
using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Meetings;

public sealed partial class Meeting
{
    /// <summary>
    /// Records one person's attendance. Rules: a cancelled meeting has no attendance; each person appears once;
    /// a substitute stands in for someone else who is not themselves recorded as present.
    /// </summary>
    public Result<Attendance> RecordAttendance(int personId, AttendanceStatus status, AttendanceRole role, AttendanceDetails? details = null)
    {
        details ??= AttendanceDetails.None;
        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("attendance.meeting_cancelled", "A cancelled meeting has no attendance.");
        }

        if (!Enum.IsDefined(status) || !Enum.IsDefined(role))
        {
            return new ValidationError("attendance.unknown_value", "Unknown attendance status or role.");
        }

        if (_attendances.Any(a => a.PersonId == personId))
        {
            return new ConflictError("attendance.duplicate_person", "This person's attendance is already recorded for the meeting.");
        }

        if (details.SubstituteForPersonId is { } absentee)
        {
            var check = CheckSubstitution(personId, status, absentee);
            if (check.IsError)
            {
                return check.Error!;
            }
        }

        if (status == AttendanceStatus.Present && _attendances.Any(a => !a.Deleted && a.SubstituteForPersonId == personId))
        {
            return new ConflictError("attendance.substituted_member_present", "This member is already stood in for by a substitute and cannot also be present.");
        }

        var attendance = new Attendance(Id, personId, status, role);
        var presence = attendance.SetPresence(details.From, details.Until, details.FromAgendaNumber, details.UntilAgendaNumber);
        if (presence.IsError)
        {
            return presence.Error!;
        }

        attendance.Describe(details.Group, details.Function);
        attendance.SetSubstituteFor(details.SubstituteForPersonId);
        _attendances.Add(attendance);
        return attendance;
    }

    /// <summary>
    /// Corrects status, role and times of one attendance (review of an import). The substitution rules still hold:
    /// a substitute must be present, and a member someone stands in for cannot be present as well.
    /// </summary>
    public Result CorrectAttendance(int personId, AttendanceStatus status, AttendanceRole role, TimeOnly? from, TimeOnly? until)
    {
        var attendance = _attendances.FirstOrDefault(a => a.PersonId == personId && !a.Deleted);
        if (attendance is null)
        {
            return new NotFoundError("attendance.not_found", "This meeting has no such attendance.");
        }

        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("attendance.meeting_cancelled", "A cancelled meeting has no attendance.");
        }

        if (!Enum.IsDefined(status) || !Enum.IsDefined(role))
        {
            return new ValidationError("attendance.unknown_value", "Unknown attendance status or role.", "status");
        }

        if (status != AttendanceStatus.Present && attendance.SubstituteForPersonId is not null)
        {
            return new ValidationError("attendance.absent_substitute", "Only a person who is present can substitute for a member.", "status");
        }

        if (status == AttendanceStatus.Present && _attendances.Any(a => !a.Deleted && a.SubstituteForPersonId == attendance.PersonId))
        {
            return new ConflictError("attendance.substituted_member_present", "This member is already stood in for by a substitute and cannot also be present.");
        }

        return attendance.Correct(status, role, from, until);
    }

    /// <summary>
    /// Removes a wrongly recorded attendance. It stays stored as deleted, so that synchronising clients learn of it and a
    /// re-import of the same document does not bring it back.
    /// </summary>
    public Result<Attendance> RemoveAttendance(int personId)
    {
        var attendance = _attendances.FirstOrDefault(a => a.PersonId == personId && !a.Deleted);
        if (attendance is null)
        {
            return new NotFoundError("attendance.not_found", "This meeting has no such attendance.");
        }

        attendance.MarkDeleted();
        return attendance;
    }

    private Result CheckSubstitution(int personId, AttendanceStatus status, int absentee)
    {
        if (absentee == personId)
        {
            return new ValidationError("attendance.substitute_for_self", "A person cannot substitute for themselves.", "substituteFor");
        }

        if (status != AttendanceStatus.Present)
        {
            return new ValidationError("attendance.absent_substitute", "Only a person who is present can substitute for a member.", "substituteFor");
        }

        if (_attendances.Any(a => !a.Deleted && a.PersonId == absentee && a.Status == AttendanceStatus.Present))
        {
            return new ConflictError("attendance.substituted_member_present", "The member is present and needs no substitute.");
        }

        if (_attendances.Any(a => !a.Deleted && a.SubstituteForPersonId == absentee))
        {
            return new ConflictError("attendance.second_substitute", "The member already has a substitute at this meeting.");
        }

        return Result.Success;
    }
}

/// <summary>Optional facts about one attendance; all default to "not stated".</summary>
public sealed record AttendanceDetails(
    string? Group = null,
    string? Function = null,
    TimeOnly? From = null,
    TimeOnly? Until = null,
    string? FromAgendaNumber = null,
    string? UntilAgendaNumber = null,
    int? SubstituteForPersonId = null)
{
    public static readonly AttendanceDetails None = new();
}
