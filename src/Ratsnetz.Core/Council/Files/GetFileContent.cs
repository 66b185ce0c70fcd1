using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Files;

public sealed record GetFileContent(int FileId, Viewer Viewer);

/// <summary>The stored bytes of a document, with the name and media type to serve them under.</summary>
public sealed record FileDownload(string FileName, string MediaType, byte[] Data);

public sealed class GetFileContentHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<FileDownload>> HandleAsync(GetFileContent query, CancellationToken ct)
    {
        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var download = await (
            from f in FileVisibility.Visible(db, scope)
            where f.Id == query.FileId
            join c in db.FileContents on f.Id equals c.FileId
            select new FileDownload(f.FileName, f.MediaType, c.Data))
            .FirstOrDefaultAsync(ct);
        return download is null
            ? new NotFoundError("file.not_found", $"There is no file with id {query.FileId}.")
            : download;
    }
}
