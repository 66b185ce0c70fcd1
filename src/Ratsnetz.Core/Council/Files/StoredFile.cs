using Ratsnetz.Common;

namespace Ratsnetz.Council.Files;

/// <summary>
/// A document (OParl File) with its stored content and extracted text, attached to a meeting, agenda item or paper.
/// A file is public only when it is marked public and everything it is attached to is public; the full version of
/// minutes with a non-public part is therefore stored as non-public.
/// </summary>
public sealed class StoredFile : Entity
{
    private StoredFile()
    {
        FileName = string.Empty;
        Name = string.Empty;
        MediaType = string.Empty;
        Sha256 = string.Empty;
    }

    private StoredFile(string fileName, string name, string mediaType, byte[] content, string sha256, FileRole role)
    {
        FileName = fileName;
        Name = name;
        MediaType = mediaType;
        Size = content.LongLength;
        Content = new FileContent(content);
        Sha256 = sha256;
        Role = role;
        IsPublic = true;
    }

    public string FileName { get; private set; }

    /// <summary>A human title, e.g. "Niederschrift der 2. Sitzung".</summary>
    public string Name { get; private set; }

    public string MediaType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Hex SHA-256 of the content; identifies the same document on re-import.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Stored apart so that listing files never loads their bytes.</summary>
    public FileContent? Content { get; private set; }

    /// <summary>Plain text of the document, extracted or as received.</summary>
    public string? Text { get; private set; }

    public FileRole Role { get; private set; }

    public bool IsPublic { get; private set; }

    public DateOnly? Date { get; private set; }

    public int? MeetingId { get; private set; }

    public int? AgendaItemId { get; private set; }

    public int? PaperId { get; private set; }

    public static Result<StoredFile> Create(string fileName, string name, string mediaType, byte[] content, FileRole role)
    {
        var cleanFileName = Common.Text.Clean(fileName);
        if (cleanFileName is null || cleanFileName.IndexOfAny(['/', '\\']) >= 0)
        {
            return new ValidationError("file.name_invalid", "A file needs a plain file name without folders.", nameof(fileName));
        }

        var cleanMediaType = Common.Text.Clean(mediaType);
        if (cleanMediaType is null || !cleanMediaType.Contains('/', StringComparison.Ordinal))
        {
            return new ValidationError("file.media_type_invalid", "A file needs a media type such as text/plain.", nameof(mediaType));
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        return new StoredFile(cleanFileName, Common.Text.Clean(name) ?? cleanFileName, cleanMediaType, content, hash, role);
    }

    /// <summary>
    /// A file known by its description and text only, e.g. from a mirrored OParl system whose download link is
    /// broken. It has no content and no hash until <see cref="AttachContent"/> supplies the bytes.
    /// </summary>
    public static Result<StoredFile> CreateWithoutContent(string fileName, string name, string mediaType, FileRole role)
    {
        var file = Create(fileName, name, mediaType, [], role);
        if (file.IsError)
        {
            return file;
        }

        file.Value.Content = null;
        file.Value.Sha256 = string.Empty;
        return file;
    }

    /// <summary>Supplies or replaces the bytes; size and hash follow them.</summary>
    public void AttachContent(byte[] content)
    {
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        if (Content is null)
        {
            Content = new FileContent(content);
        }
        else
        {
            Content.Replace(content);
        }
    }

    /// <summary>Corrects file name, title and media type under the same rules as <see cref="Create"/>.</summary>
    public Result Describe(string fileName, string name, string mediaType)
    {
        var revised = Create(fileName, name, mediaType, [], Role);
        if (revised.IsError)
        {
            return revised.Error!;
        }

        FileName = revised.Value.FileName;
        Name = revised.Value.Name;
        MediaType = revised.Value.MediaType;
        return Result.Success;
    }

    public void SetText(string? text) => Text = string.IsNullOrWhiteSpace(text) ? null : text;

    public void SetDate(DateOnly? date) => Date = date;

    public void MakeNonPublic() => IsPublic = false;

    public Result AttachTo(int? meetingId, int? agendaItemId, int? paperId)
    {
        if (meetingId is null && agendaItemId is null && paperId is null)
        {
            return new ValidationError("file.unattached", "A file belongs to a meeting, an agenda item or a paper.");
        }

        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        PaperId = paperId;
        return Result.Success;
    }
}
