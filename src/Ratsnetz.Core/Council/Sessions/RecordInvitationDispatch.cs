using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Records the day the invitation went out; the answer says whether it met the Ladungsfrist.</summary>
public sealed record RecordInvitationDispatch(Viewer Viewer, int MeetingId, DateOnly SentOn);

public sealed class RecordInvitationDispatchHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<InvitationStatus>> HandleAsync(RecordInvitationDispatch command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var before = (meeting.InvitationSentOn, meeting.State);
        var recorded = meeting.RecordInvitationDispatch(command.SentOn);
        if (recorded.IsError)
        {
            return recorded.Error!;
        }

        audit.Changed(target.Value.Audit, "Meeting", meeting.Id, "invitation_sent_on", before.InvitationSentOn, meeting.InvitationSentOn);
        audit.Changed(target.Value.Audit, "Meeting", meeting.Id, "state", before.State, meeting.State);
        await db.SaveChangesAsync(ct);
        return await InvitationStatusReader.ReadAsync(db, meeting, ct);
    }
}
