using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Uploads;

/// <summary>
/// The queue of uploads in the database. Claiming is a conditional update, so two servers on one database never
/// process the same upload; jobs a stopped process left behind go back to the queue at start-up.
/// </summary>
public sealed class UploadJobs(AppDbContext db, TimeProvider clock)
{
    /// <summary>Puts interrupted jobs back in the queue, or fails them when they broke off too often. Returns how many were requeued.</summary>
    public async Task<int> RequeueInterruptedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var running = new[] { UploadStatus.Reading, UploadStatus.Extracting, UploadStatus.Importing };
        await db.PendingUploads
            .Where(u => running.Contains(u.Status) && u.Attempts >= PendingUpload.MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UploadStatus.Failed)
                .SetProperty(u => u.ErrorCode, "upload.interrupted")
                .SetProperty(u => u.ErrorMessage, "Processing broke off repeatedly.")
                .SetProperty(u => u.Content, Array.Empty<byte>())
                .SetProperty(u => u.Modified, now), ct);
        return await db.PendingUploads
            .Where(u => running.Contains(u.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UploadStatus.Queued).SetProperty(u => u.Modified, now), ct);
    }

    /// <summary>Takes the oldest queued upload for this process, or null when the queue is empty.</summary>
    public async Task<int?> ClaimNextAsync(CancellationToken ct)
    {
        var candidates = await db.PendingUploads.AsNoTracking()
            .Where(u => u.Status == UploadStatus.Queued && !u.Deleted)
            .OrderBy(u => u.Id).Select(u => u.Id).Take(5).ToListAsync(ct);
        foreach (var id in candidates)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.PendingUploads
                .Where(u => u.Id == id && u.Status == UploadStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UploadStatus.Reading)
                    .SetProperty(u => u.Attempts, u => u.Attempts + 1)
                    .SetProperty(u => u.Modified, now), ct);
            if (claimed == 1)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Marks an upload failed after an unexpected error, in a fresh unit of work.</summary>
    public async Task FailAsync(int uploadId, string code, string message, CancellationToken ct)
    {
        var upload = await db.PendingUploads.FirstOrDefaultAsync(u => u.Id == uploadId, ct);
        if (upload is null || upload.Status.IsFinished())
        {
            return;
        }

        upload.Fail(code, message);
        await db.SaveChangesAsync(ct);
    }
}
