using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Uploads;

/// <summary>Runs one claimed upload through the same import the command line uses.</summary>
public sealed record ProcessUpload(int UploadId);

public sealed class ProcessUploadHandler(AppDbContext db, ImportFileHandler importer)
{
    /// <summary>Returns the status the upload ended in.</summary>
    public async Task<UploadStatus> HandleAsync(ProcessUpload command, CancellationToken ct)
    {
        var upload = await db.PendingUploads.FirstOrDefaultAsync(u => u.Id == command.UploadId, ct);
        if (upload is null || !upload.Status.IsRunning())
        {
            return upload?.Status ?? UploadStatus.Failed;
        }

        var result = await importer.HandleAsync(new ImportFile(upload.FileName, upload.Content, upload.BodyName), (stage, token) => AdvanceAsync(upload.Id, stage, token), ct);

        // A failed import clears the change tracker; read the upload again before recording the outcome.
        upload = await db.PendingUploads.FirstAsync(u => u.Id == command.UploadId, ct);
        if (result.IsError)
        {
            upload.Fail(result.Error!.Code, result.Error.Message);
        }
        else
        {
            upload.Succeed(result.Value);
        }

        await db.SaveChangesAsync(ct);
        return upload.Status;
    }

    // Written straight away (outside the import's transaction), so the status page shows the step while it runs.
    private async Task AdvanceAsync(int uploadId, ImportStage stage, CancellationToken ct)
    {
        var status = stage switch
        {
            ImportStage.Reading => UploadStatus.Reading,
            ImportStage.Extracting => UploadStatus.Extracting,
            _ => UploadStatus.Importing,
        };
        await db.PendingUploads.Where(u => u.Id == uploadId && (u.Status == UploadStatus.Reading || u.Status == UploadStatus.Extracting || u.Status == UploadStatus.Importing))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, status), ct);
    }
}
