using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Files;

public sealed record GetFileDetails(int FileId, Viewer Viewer);

/// <summary>A document's metadata, what it belongs to, and its full text for reading in the browser.</summary>
public sealed record FileDetails(
    FileSummary File,
    string? Text,
    MeetingSummary? Meeting,
    FileAgendaItem? AgendaItem,
    PaperSummary? Paper);

public sealed record FileAgendaItem(int Id, string? Number, bool IsPublic, string Title);

/// <summary>Invisible files are "not found", so their existence is not revealed either.</summary>
public sealed class GetFileDetailsHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<FileDetails>> HandleAsync(GetFileDetails query, CancellationToken ct)
    {
        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var file = await FileVisibility.Visible(db, scope)
            .Where(f => f.Id == query.FileId)
            .Select(f => new { f.MeetingId, f.AgendaItemId, f.PaperId, f.Text })
            .FirstOrDefaultAsync(ct);
        if (file is null)
        {
            return new NotFoundError("file.not_found", $"There is no file with id {query.FileId}.");
        }

        var summary = await db.Files.AsNoTracking().Where(f => f.Id == query.FileId).Select(FileProjections.Summary).SingleAsync(ct);
        // A visible file's agenda item is visible too: it is public, or the viewer covers its meeting.
        var item = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Id == file.AgendaItemId)
            .Select(i => new { Item = new FileAgendaItem(i.Id, i.Number, i.IsPublic, i.Title), i.MeetingId })
            .FirstOrDefaultAsync(ct);
        var meetingId = file.MeetingId ?? item?.MeetingId;
        var meeting = meetingId is null ? null : await MeetingSummary.Query(db).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        var visiblePapers = PaperVisibility.VisibleIds(db, scope);
        var paper = file.PaperId is null
            ? null
            : await db.Papers.AsNoTracking()
                .Where(p => p.Id == file.PaperId && visiblePapers.Contains(p.Id))
                .Select(p => new PaperSummary(p.Id, p.Reference, p.Name, p.PaperType, p.Date))
                .FirstOrDefaultAsync(ct);
        return new FileDetails(summary, file.Text, meeting, item?.Item, paper);
    }
}
