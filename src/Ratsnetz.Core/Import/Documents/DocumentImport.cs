using Ratsnetz.Common;

namespace Ratsnetz.Import.Documents;

/// <summary>
/// One imported document version: which file it was, what it produced, and whether staff have reviewed the
/// extracted facts. The content hash makes re-imports of the same bytes a no-op.
/// </summary>
public sealed class DocumentImport : Entity
{
    private DocumentImport()
    {
        Sha256 = string.Empty;
        DocumentType = string.Empty;
        SourceName = string.Empty;
    }

    public DocumentImport(int fileId, string sha256, string sourceName, string documentType, int bodyId)
    {
        FileId = fileId;
        Sha256 = sha256;
        SourceName = sourceName;
        DocumentType = documentType;
        BodyId = bodyId;
    }

    public int FileId { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>The file name the document came in under (no folders).</summary>
    public string SourceName { get; private set; }

    /// <summary>minutes, motion, resolution, agenda, article or unknown.</summary>
    public string DocumentType { get; private set; }

    public int BodyId { get; private set; }

    public int? MeetingId { get; private set; }

    public int? PaperId { get; private set; }

    /// <summary>Set when a later version of the same document replaced this one.</summary>
    public int? SupersededById { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public bool IsReviewed => ReviewedAt is not null;

    public void Produced(int? meetingId, int? paperId)
    {
        MeetingId = meetingId;
        PaperId = paperId;
    }

    public void SupersededBy(int importId) => SupersededById = importId;

    public void MarkReviewed(string userId, DateTime at)
    {
        ReviewedBy = userId;
        ReviewedAt = at;
    }
}
