using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.Import.Documents;
using Ratsnetz.Import.Review;

namespace Ratsnetz.Import.Uploads;

/// <summary>How an upload is getting on; visible to whoever uploaded it and to administrators.</summary>
public sealed record GetUploadStatus(int UploadId, Viewer Viewer);

public sealed record UploadState(
    int Id,
    string FileName,
    long Size,
    string? BodyName,
    UploadStatus Status,
    DateTime QueuedAt,
    DateTime UpdatedAt,
    string? ErrorCode,
    string? ErrorMessage,
    int? ImportId,
    ImportOutcome? Outcome,
    int UncertainMatches,
    int CreatedPeople)
{
    public bool IsFinished => Status.IsFinished();
}

public sealed class GetUploadStatusHandler(AppDbContext db)
{
    public async Task<Result<UploadState>> HandleAsync(GetUploadStatus query, CancellationToken ct)
    {
        if (!ReviewAccess.IsStaff(query.Viewer))
        {
            return ReviewAccess.StaffOnly;
        }

        var viewer = query.Viewer;
        var state = await db.PendingUploads.AsNoTracking()
            .Where(u => u.Id == query.UploadId && !u.Deleted && (viewer.IsAdministrator || u.UserId == viewer.UserId))
            .Select(u => new UploadState(u.Id, u.FileName, u.Size, u.BodyName, u.Status, u.Created, u.Modified, u.ErrorCode, u.ErrorMessage,
                u.ImportId, u.Outcome, u.UncertainMatches, u.CreatedPeople))
            .FirstOrDefaultAsync(ct);
        return state is null ? new NotFoundError("upload.not_found", $"There is no upload {query.UploadId} of yours.") : state;
    }
}
