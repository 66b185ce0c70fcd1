using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>Removes an attendance entry the extractor got wrong (e.g. a name read from a signature line).</summary>
public sealed record RemoveAttendance(int ImportId, Viewer Viewer, int AttendanceId);

public sealed class RemoveAttendanceHandler(AppDbContext db, NonPublicAccess access, AuditLog audit)
{
    public async Task<Result> HandleAsync(RemoveAttendance command, CancellationToken ct)
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

        var removed = meeting.Value.RemoveAttendance(attendance.PersonId);
        if (removed.IsError)
        {
            return removed.Error!;
        }

        var name = await db.People.Where(p => p.Id == attendance.PersonId)
            .Select(p => Person.Compose(p.Title, p.GivenName, p.FamilyName)).SingleAsync(ct);
        audit.Removed(target.Value.Audit, "Attendance", attendance.Id, $"{name} ({attendance.Status}, {attendance.Role})");
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
