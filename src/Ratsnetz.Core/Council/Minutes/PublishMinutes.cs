using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

public sealed record PublishMinutes(int MeetingId, Viewer Viewer);

/// <summary>Publishes signed minutes: from then on everyone may read the public variant.</summary>
public sealed class PublishMinutesHandler(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(PublishMinutes command, CancellationToken ct)
    {
        var target = await MinutesTarget.LoadAsync(db, command.MeetingId, command.Viewer, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        if (!MinutesAccess.MayManage(command.Viewer, target.Value.OrganizationId))
        {
            return MinutesAccess.ManagersOnly;
        }

        var minutes = target.Value.Minutes;
        var published = minutes.Publish(command.Viewer.UserId!, clock.GetUtcNow().UtcDateTime);
        if (published.IsError)
        {
            return published;
        }

        target.Value.Record(audit, MinutesAudit.Published, "state", nameof(MinutesState.SignedOff), nameof(MinutesState.Published));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
