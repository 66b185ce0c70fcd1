using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.Import.Review;

namespace Ratsnetz.Import.Uploads;

/// <summary>The signed-in staff member's most recent uploads, newest first.</summary>
public sealed record ListUploads(Viewer Viewer, int Count = 10);

public sealed record UploadLine(int Id, string FileName, UploadStatus Status, DateTime QueuedAt, int? ImportId);

public sealed class ListUploadsHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<UploadLine>>> HandleAsync(ListUploads query, CancellationToken ct)
    {
        if (!ReviewAccess.IsStaff(query.Viewer))
        {
            return ReviewAccess.StaffOnly;
        }

        return await db.PendingUploads.AsNoTracking()
            .Where(u => u.UserId == query.Viewer.UserId && !u.Deleted)
            .OrderByDescending(u => u.Id)
            .Take(query.Count)
            .Select(u => new UploadLine(u.Id, u.FileName, u.Status, u.Created, u.ImportId))
            .ToListAsync(ct);
    }
}
