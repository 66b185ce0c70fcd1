using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>The one-tap "left at" of the tablet view: a listed person leaves at a local time.</summary>
public sealed record RecordDeparture(Viewer Viewer, int MeetingId, int PersonId, TimeOnly Until);

public sealed class RecordDepartureHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(RecordDeparture command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var attendance = meeting.Attendances.FirstOrDefault(a => a.PersonId == command.PersonId && !a.Deleted);
        var before = attendance?.Until;
        var result = meeting.RecordDeparture(command.PersonId, command.Until);
        if (result.IsError)
        {
            return result;
        }

        audit.Changed(target.Value.Audit, "Attendance", attendance!.Id, "until", before, attendance.Until);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
