using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Papers;

/// <summary>
/// Which papers a viewer may see: public papers, and non-public papers dealt with by an organization whose
/// non-public part the viewer may see (named in a consultation, or on an agenda of one of its meetings).
/// </summary>
internal static class PaperVisibility
{
    public static IQueryable<int> VisibleIds(AppDbContext db, NonPublicScope scope)
    {
        var papers = db.Papers.AsNoTracking().Where(p => !p.Deleted);
        if (scope.All)
        {
            return papers.Select(p => p.Id);
        }

        var covered = CoveredIds(db, scope);
        return papers.Where(p => p.IsPublic || covered.Contains(p.Id)).Select(p => p.Id);
    }

    /// <summary>Papers consulted in, or on the agenda of, an organization the scope covers.</summary>
    public static IQueryable<int> CoveredIds(AppDbContext db, NonPublicScope scope)
    {
        if (scope.All)
        {
            return db.Papers.Select(p => p.Id);
        }

        var organizations = scope.OrganizationIds.ToArray();
        var consulted = db.Consultations
            .Where(c => !c.Deleted)
            .Where(c => (c.OrganizationId != null && organizations.Contains(c.OrganizationId.Value))
                || db.Meetings.Any(m => m.Id == c.MeetingId && organizations.Contains(m.OrganizationId)))
            .Select(c => c.PaperId);
        var onAgenda = db.AgendaItems
            .Where(i => !i.Deleted && i.PaperId != null)
            .Where(i => db.Meetings.Any(m => m.Id == i.MeetingId && organizations.Contains(m.OrganizationId)))
            .Select(i => i.PaperId!.Value);
        return consulted.Union(onAgenda);
    }
}
