using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>Corrects one attendance entry of an imported meeting: status, role, arrival and departure.</summary>
public sealed record CorrectAttendance(int ImportId, Viewer Viewer, int AttendanceId, AttendanceStatus Status, AttendanceRole Role, TimeOnly? From, TimeOnly? Until);

public sealed class CorrectAttendanceHandler(AppDbContext db, NonPublicAccess access, AuditLog audit)
{
    public async Task<Result> HandleAsync(CorrectAttendance command, CancellationToken ct)
    {
        var target = await ReviewTarget.LoadAsync(db, access, command.ImportId, command.Viewer, ct);
        var meeting = target.IsError ? target.Error! : target.Value.RequireMeeting();
        if (meeting.IsError)
        {
            return meeting.Error!;
        }

        var attendance = meeting.Value.Attendances.FirstOrDefault(a => a.Id == command.AttendanceId && !a.Deleted);
        if (attendance is null)
        {
            return new NotFoundError("attendance.not_found", "This meeting has no such attendance.");
        }

        var before = (attendance.Status, attendance.Role, attendance.From, attendance.Until);
        var corrected = meeting.Value.CorrectAttendance(attendance.PersonId, command.Status, command.Role, command.From, command.Until);
        if (corrected.IsError)
        {
            return corrected;
        }

        var scope = target.Value.Audit;
        audit.Changed(scope, "Attendance", attendance.Id, "status", before.Status, attendance.Status);
        audit.Changed(scope, "Attendance", attendance.Id, "role", before.Role, attendance.Role);
        audit.Changed(scope, "Attendance", attendance.Id, "from", before.From, attendance.From);
        audit.Changed(scope, "Attendance", attendance.Id, "until", before.Until, attendance.Until);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
