using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

public sealed record EditMinutesDraft(int MeetingId, string? OpeningRemarks, Viewer Viewer);

/// <summary>Changes the minutes' own text while nobody has signed; signed minutes are refused (addenda instead).</summary>
public sealed class EditMinutesDraftHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(EditMinutesDraft command, CancellationToken ct)
    {
        var target = await MinutesTarget.LoadAsync(db, command.MeetingId, command.Viewer, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var (_, organizationId, minutes, _) = target.Value;
        if (!MinutesAccess.MayManage(command.Viewer, organizationId))
        {
            return MinutesAccess.ManagersOnly;
        }

        var before = minutes.OpeningRemarks;
        var edit = minutes.EditOpeningRemarks(command.OpeningRemarks);
        if (edit.IsError)
        {
            return edit;
        }

        if (before != minutes.OpeningRemarks)
        {
            target.Value.Record(audit, MinutesAudit.Edited, "openingRemarks", before, minutes.OpeningRemarks);
            await db.SaveChangesAsync(ct);
        }

        return Result.Success;
    }
}
