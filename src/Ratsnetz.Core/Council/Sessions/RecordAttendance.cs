using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// The attendance form of one person during the meeting: status, role, arrival and departure (local time) and whom
/// a substitute stands in for. A person not yet listed is added; a listed one is updated.
/// </summary>
public sealed record RecordAttendance(
    Viewer Viewer,
    int MeetingId,
    int PersonId,
    AttendanceStatus Status,
    AttendanceRole Role,
    TimeOnly? From = null,
    TimeOnly? Until = null,
    int? SubstituteForPersonId = null);

public sealed class RecordAttendanceHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(RecordAttendance command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var (meeting, scope) = (target.Value.Meeting, target.Value.Audit);
        var name = await target.Value.PersonNameAsync(db, command.PersonId, ct);
        if (name is null || (command.SubstituteForPersonId is { } absentee && await target.Value.PersonNameAsync(db, absentee, ct) is null))
        {
            return SessionAccess.PersonNotFound;
        }

        var existing = meeting.Attendances.FirstOrDefault(a => a.PersonId == command.PersonId && !a.Deleted);
        var result = existing is null ? Add(meeting, command, scope, name) : Update(meeting, existing, command, scope);
        if (result.IsError)
        {
            return result;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    private Result Add(Meeting meeting, RecordAttendance command, AuditScope scope, string name)
    {
        var details = new AttendanceDetails(From: command.From, Until: command.Until, SubstituteForPersonId: command.SubstituteForPersonId);
        var added = meeting.RecordAttendance(command.PersonId, command.Status, command.Role, details);
        if (added.IsError)
        {
            return added.Error!;
        }

        audit.Record(scope, AuditActions.Added, "Meeting", meeting.Id, "attendance", null,
            $"{name} (#{command.PersonId}): {command.Status}, {command.Role}, {AuditLog.Format(command.From)}–{AuditLog.Format(command.Until)}"
            + (command.SubstituteForPersonId is { } absentee ? $", für #{absentee}" : string.Empty));
        return Result.Success;
    }

    private Result Update(Meeting meeting, Attendance attendance, RecordAttendance command, AuditScope scope)
    {
        var before = (attendance.Status, attendance.Role, attendance.From, attendance.Until, attendance.SubstituteForPersonId);

        // The substitute is cleared first when the person stops being present, so the status rule does not trip on it.
        var result = command.SubstituteForPersonId is null ? meeting.ChangeSubstitute(command.PersonId, null) : Result.Success;
        result = result.IsError ? result : meeting.CorrectAttendance(command.PersonId, command.Status, command.Role, command.From, command.Until);
        result = result.IsError ? result : meeting.ChangeSubstitute(command.PersonId, command.SubstituteForPersonId);
        if (result.IsError)
        {
            return result;
        }

        audit.Changed(scope, "Attendance", attendance.Id, "status", before.Status, attendance.Status);
        audit.Changed(scope, "Attendance", attendance.Id, "role", before.Role, attendance.Role);
        audit.Changed(scope, "Attendance", attendance.Id, "from", before.From, attendance.From);
        audit.Changed(scope, "Attendance", attendance.Id, "until", before.Until, attendance.Until);
        audit.Changed(scope, "Attendance", attendance.Id, "substitute_for", before.SubstituteForPersonId, attendance.SubstituteForPersonId);
        return Result.Success;
    }
}
