using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Marks a meeting urgent (shorter Ladungsfrist) with its reason, or ordinary again with no reason.</summary>
public sealed record SetMeetingUrgency(Viewer Viewer, int MeetingId, string? Reason);

public sealed class SetMeetingUrgencyHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(SetMeetingUrgency command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var before = meeting.UrgencyReason;
        var set = meeting.SetUrgency(command.Reason);
        if (set.IsError)
        {
            return set;
        }

        audit.Changed(target.Value.Audit, "Meeting", meeting.Id, "urgency_reason", before, meeting.UrgencyReason);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
