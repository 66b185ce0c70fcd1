using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Files;

/// <summary>
/// The one place that decides which files a viewer may see. A file is visible when it is public and everything
/// it hangs on is public, or when the viewer may see the non-public part of the organization it belongs to
/// (the meeting's organization; for a paper, any organization the paper is dealt with in). Each non-public thing
/// a file hangs on must be open to the viewer on its own, so access to a paper never opens a non-public agenda
/// item of another body. Files hanging on deleted objects are never visible.
/// </summary>
internal static class FileVisibility
{
    public static IQueryable<StoredFile> Visible(AppDbContext db, NonPublicScope scope)
    {
        var files = db.Files.AsNoTracking()
            .Where(f => !f.Deleted)
            .Where(f => f.MeetingId == null || db.Meetings.Any(m => m.Id == f.MeetingId && !m.Deleted))
            .Where(f => f.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && !i.Deleted))
            .Where(f => f.PaperId == null || db.Papers.Any(p => p.Id == f.PaperId && !p.Deleted));
        if (scope.All)
        {
            return files;
        }

        var organizations = scope.OrganizationIds.ToArray();
        var coveredPapers = PaperVisibility.CoveredIds(db, scope);
        var coveredItems = db.AgendaItems
            .Where(i => db.Meetings.Any(m => m.Id == i.MeetingId && organizations.Contains(m.OrganizationId)))
            .Select(i => i.Id);
        return files
            .Where(f => f.AgendaItemId == null
                || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && i.IsPublic)
                || coveredItems.Contains(f.AgendaItemId.Value))
            .Where(f => f.PaperId == null
                || db.Papers.Any(p => p.Id == f.PaperId && p.IsPublic)
                || coveredPapers.Contains(f.PaperId.Value))
            .Where(f => f.IsPublic
                || db.Meetings.Any(m => m.Id == f.MeetingId && organizations.Contains(m.OrganizationId))
                || (f.AgendaItemId != null && coveredItems.Contains(f.AgendaItemId.Value))
                || (f.PaperId != null && coveredPapers.Contains(f.PaperId.Value)));
    }
}
