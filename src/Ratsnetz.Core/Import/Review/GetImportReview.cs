using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.People;
using Ratsnetz.Data;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Review;

public sealed record GetImportReview(int ImportId, Viewer Viewer);

/// <summary>
/// The review page: document text, extracted facts with their lines, uncertain matches and correction history.
/// Non-public content is read only when <see cref="NonPublicAccess"/> lets the reviewer see it.
/// </summary>
public sealed class GetImportReviewHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<ImportReview>> HandleAsync(GetImportReview query, CancellationToken ct)
    {
        if (!ReviewAccess.IsStaff(query.Viewer))
        {
            return ReviewAccess.StaffOnly;
        }

        var import = await db.DocumentImports.AsNoTracking()
            .Where(i => i.Id == query.ImportId && !i.Deleted)
            .Select(i => new { i.Id, i.FileId, i.SourceName, i.DocumentType, i.Created, i.ReviewedAt, i.ReviewedBy, i.SupersededById, i.MeetingId })
            .FirstOrDefaultAsync(ct);
        var organizationId = import?.MeetingId is { } meetingId
            ? await db.Meetings.Where(m => m.Id == meetingId && !m.Deleted).Select(m => (int?)m.OrganizationId).FirstOrDefaultAsync(ct)
            : null;
        if (import is null || !ReviewAccess.MayReview(query.Viewer, organizationId))
        {
            return ReviewAccess.NotFound(query.ImportId);
        }

        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var nonPublicVisible = organizationId is { } organization ? scope.Covers(organization) : scope.All;
        var provenance = await db.FactProvenance.AsNoTracking().Where(p => p.DocumentImportId == import.Id).ToListAsync(ct);
        // Minutes with a part B are stored as non-public files: their text is shown only to those who may read part B.
        var file = await db.Files.AsNoTracking().Where(f => f.Id == import.FileId).Select(f => new { f.Text, f.IsPublic }).FirstOrDefaultAsync(ct);
        var lines = file is not null && (file.IsPublic || nonPublicVisible) ? SplitLines(file.Text) : [];
        var meeting = organizationId is null ? null
            : await new ReviewFactsReader(db, provenance).ReadMeetingAsync(import.MeetingId!.Value, nonPublicVisible, ct);

        return new ImportReview(
            import.Id,
            import.SourceName,
            import.DocumentType,
            import.Created,
            import.ReviewedAt,
            import.ReviewedBy,
            import.SupersededById is not null,
            lines,
            meeting,
            await UncertaintiesAsync(provenance, ct),
            await HistoryAsync(import.Id, import.MeetingId, nonPublicVisible, ct));
    }

    private async Task<List<ReviewUncertainty>> UncertaintiesAsync(List<FactProvenance> provenance, CancellationToken ct)
    {
        var uncertain = provenance.Where(p => p.Uncertainty is not null && p.EntityType == "Person").ToList();
        var ids = uncertain.Select(p => p.EntityId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.GivenName, p.FamilyName })
            .ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, Person.Compose(p.Title, p.GivenName, p.FamilyName)), ct);
        return uncertain.Where(p => people.ContainsKey(p.EntityId))
            .Select(p => new ReviewUncertainty(people[p.EntityId], p.Field, p.Uncertainty!, ReviewFactsReader.Link(p)))
            .ToList();
    }

    /// <summary>Corrections made while reviewing any import of the same meeting, newest first.</summary>
    private async Task<List<AuditRecord>> HistoryAsync(int importId, int? meetingId, bool nonPublicVisible, CancellationToken ct)
    {
        var importIds = meetingId is { } id
            ? await db.DocumentImports.AsNoTracking().Where(i => i.MeetingId == id).Select(i => i.Id).ToListAsync(ct)
            : [importId];
        var contexts = importIds.Select(ReviewAccess.Context).ToList();
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.Context != null && contexts.Contains(a.Context));
        if (!nonPublicVisible)
        {
            // Old and new values of agenda items may be non-public titles; without access they are left out entirely.
            entries = entries.Where(a => a.EntityType != "AgendaItem" && a.EntityType != "Contribution");
        }

        return await entries.OrderByDescending(a => a.Id)
            .Select(a => new AuditRecord(a.At, a.UserId, a.Action, a.EntityType, a.EntityId, a.Field, a.OldValue, a.NewValue))
            .ToListAsync(ct);
    }

    private static List<string> SplitLines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
}
