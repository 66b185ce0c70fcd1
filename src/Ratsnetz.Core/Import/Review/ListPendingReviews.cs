using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>The imports a staff member still has to review (current versions only).</summary>
public sealed record ListPendingReviews(Viewer Viewer);

public sealed record PendingReview(
    int ImportId,
    string SourceName,
    string DocumentType,
    DateTime ImportedAt,
    string BodyName,
    MeetingSummary? Meeting,
    int UncertainCount);

public sealed class ListPendingReviewsHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<PendingReview>>> HandleAsync(ListPendingReviews query, CancellationToken ct)
    {
        var viewer = query.Viewer;
        if (!ReviewAccess.IsStaff(viewer))
        {
            return ReviewAccess.StaffOnly;
        }

        var staffOf = viewer.StaffOrganizationIds.ToArray();
        var imports = await db.DocumentImports.AsNoTracking()
            .Where(i => !i.Deleted && i.ReviewedAt == null && i.SupersededById == null)
            .Where(i => viewer.IsAdministrator || db.Meetings.Any(m => m.Id == i.MeetingId && !m.Deleted && staffOf.Contains(m.OrganizationId)))
            .OrderBy(i => i.Id)
            .Select(i => new
            {
                i.Id,
                i.SourceName,
                i.DocumentType,
                i.Created,
                i.MeetingId,
                Body = db.Bodies.Where(b => b.Id == i.BodyId).Select(b => b.ShortName).FirstOrDefault(),
                Uncertain = db.FactProvenance.Count(p => p.DocumentImportId == i.Id && p.Uncertainty != null),
            })
            .ToListAsync(ct);
        var meetingIds = imports.Where(i => i.MeetingId != null).Select(i => i.MeetingId!.Value).ToList();
        var meetings = await MeetingSummary.Query(db).Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return imports.Select(i => new PendingReview(i.Id, i.SourceName, i.DocumentType, i.Created, i.Body ?? string.Empty,
                i.MeetingId is { } id ? meetings.GetValueOrDefault(id) : null, i.Uncertain))
            .ToList();
    }
}
