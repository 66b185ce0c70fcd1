using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>Staff confirm that an import's facts match the document ("Bestätigen").</summary>
public sealed record ConfirmImport(int ImportId, Viewer Viewer);

public sealed class ConfirmImportHandler(AppDbContext db, NonPublicAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ConfirmImport command, CancellationToken ct)
    {
        var target = await ReviewTarget.LoadAsync(db, access, command.ImportId, command.Viewer, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var import = target.Value.Import;
        if (import.IsReviewed)
        {
            return Result.Success;
        }

        import.MarkReviewed(target.Value.Audit.UserId, clock.GetUtcNow().UtcDateTime);
        audit.Record(target.Value.Audit, AuditActions.Confirmed, "DocumentImport", import.Id);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
