using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.Documents.Reading;
using Ratsnetz.Import.Review;

namespace Ratsnetz.Import.Uploads;

/// <summary>Staff hand in a document (text, PDF, scan) for the background import; optionally for a municipality.</summary>
public sealed record QueueUpload(Viewer Viewer, string FileName, byte[] Content, string? BodyName);

public sealed class QueueUploadHandler(AppDbContext db)
{
    /// <summary>Largest accepted upload; scanned minutes of a long meeting stay well below.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public async Task<Result<int>> HandleAsync(QueueUpload command, CancellationToken ct)
    {
        if (!ReviewAccess.IsStaff(command.Viewer))
        {
            return ReviewAccess.StaffOnly;
        }

        var check = Check(command);
        if (check.IsError)
        {
            return check.Error!;
        }

        var bodies = await UploadBodies.ForAsync(db, command.Viewer, ct);
        var body = Text.Clean(command.BodyName);
        if ((body is null && !command.Viewer.IsAdministrator && bodies.Count != 1) || (body is not null && !bodies.Contains(body)))
        {
            return new ValidationError("upload.body_not_allowed", "Choose one of your municipalities.", "body");
        }

        // Geschäftsführung files documents under its own municipality, so an import never lands where it cannot review it.
        var upload = new PendingUpload(command.Viewer.UserId!, Path.GetFileName(command.FileName.Trim()), command.Content, body ?? (command.Viewer.IsAdministrator ? null : bodies[0]));
        db.PendingUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return upload.Id;
    }

    private static Result Check(QueueUpload command)
    {
        if (string.IsNullOrWhiteSpace(Path.GetFileName(command.FileName)) || command.FileName.Length > 300)
        {
            return new ValidationError("upload.name_invalid", "The file needs a name of at most 300 characters.", "file");
        }

        if (command.Content.Length == 0)
        {
            return new ValidationError("upload.empty", "The file is empty.", "file");
        }

        if (command.Content.LongLength > MaxBytes)
        {
            return new ValidationError("upload.too_large", $"The file is larger than {MaxBytes / 1024 / 1024} MB.", "file");
        }

        var header = command.Content.AsSpan(0, Math.Min(command.Content.Length, DocumentSniffer.HeaderLength));
        var kind = DocumentSniffer.Sniff(header, out var description);
        return kind == DocumentKind.Unknown
            ? new ValidationError("upload.unsupported_kind", $"Unsupported kind of file: {description}.", "file")
            : Result.Success;
    }
}

/// <summary>The municipalities a staff member may upload for: all for administrators, those of their organizations otherwise.</summary>
public static class UploadBodies
{
    public static async Task<IReadOnlyList<string>> ForAsync(AppDbContext db, Viewer viewer, CancellationToken ct)
    {
        var staffOf = viewer.StaffOrganizationIds.ToArray();
        return await db.Bodies.AsNoTracking()
            .Where(b => !b.Deleted)
            .Where(b => viewer.IsAdministrator || db.Organizations.Any(o => o.BodyId == b.Id && staffOf.Contains(o.Id)))
            .OrderBy(b => b.ShortName)
            .Select(b => b.ShortName)
            .ToListAsync(ct);
    }
}
