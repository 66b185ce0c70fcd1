using Ratsnetz.Common;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Uploads;

/// <summary>
/// A document staff uploaded, waiting for or going through the import in the background. The bytes are kept only
/// until the import is done or has failed: a successful import stores the document as a file of its own.
/// </summary>
public sealed class PendingUpload : Entity
{
    /// <summary>A job that broke off this often (the process stopped while it ran) is not tried again.</summary>
    public const int MaxAttempts = 3;

    private PendingUpload()
    {
        UserId = string.Empty;
        FileName = string.Empty;
        Content = [];
    }

    internal PendingUpload(string userId, string fileName, byte[] content, string? bodyName)
    {
        UserId = userId;
        FileName = fileName;
        Content = content;
        Size = content.LongLength;
        BodyName = bodyName;
        Status = UploadStatus.Queued;
    }

    public string UserId { get; private set; }

    public string FileName { get; private set; }

    public byte[] Content { get; private set; }

    public long Size { get; private set; }

    /// <summary>The municipality chosen at upload; it takes precedence over the one the document names.</summary>
    public string? BodyName { get; private set; }

    public UploadStatus Status { get; private set; }

    /// <summary>How often processing started.</summary>
    public int Attempts { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public int? ImportId { get; private set; }

    public ImportOutcome? Outcome { get; private set; }

    public int UncertainMatches { get; private set; }

    public int CreatedPeople { get; private set; }

    public void Succeed(ImportResult result)
    {
        Status = UploadStatus.Done;
        ImportId = result.ImportId;
        Outcome = result.Outcome;
        UncertainMatches = result.UncertainMatches.Count;
        CreatedPeople = result.CreatedPeople;
        Content = [];
    }

    public void Fail(string code, string message)
    {
        Status = UploadStatus.Failed;
        ErrorCode = code.Length > 100 ? code[..100] : code;
        ErrorMessage = message.Length > 2000 ? message[..1999] + "…" : message;
        Content = [];
    }
}
