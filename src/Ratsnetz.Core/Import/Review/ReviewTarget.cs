using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Review;

/// <summary>
/// Who reviews imports: administrators every import; Geschäftsführung the imports of meetings of the organizations
/// assigned to them. Everyone else learns nothing, not even that an import exists.
/// </summary>
public static class ReviewAccess
{
    public static bool IsStaff(Viewer viewer) => StaffAccess.IsStaff(viewer);

    public static bool MayReview(Viewer viewer, int? organizationId) =>
        organizationId is { } id ? StaffAccess.MayManage(viewer, id) : IsStaff(viewer) && viewer.IsAdministrator;

    /// <summary>The audit context of corrections made while reviewing one import.</summary>
    public static string Context(int importId) => $"DocumentImport:{importId}";

    internal static ForbiddenError StaffOnly => new("review.staff_only", "Only administrators and Geschäftsführung review imports.");

    internal static NotFoundError NotFound(int importId) => new("review.not_found", $"There is no import {importId} for you to review.");
}

/// <summary>An import loaded for a correction: tracked, with its meeting, attendance, agenda and speakers.</summary>
internal sealed record ReviewTarget(DocumentImport Import, Meeting? Meeting, bool NonPublicVisible, AuditScope Audit)
{
    public static async Task<Result<ReviewTarget>> LoadAsync(AppDbContext db, NonPublicAccess access, int importId, Viewer viewer, CancellationToken ct)
    {
        if (!ReviewAccess.IsStaff(viewer))
        {
            return ReviewAccess.StaffOnly;
        }

        var import = await db.DocumentImports.FirstOrDefaultAsync(i => i.Id == importId && !i.Deleted, ct);
        if (import is null)
        {
            return ReviewAccess.NotFound(importId);
        }

        var meeting = import.MeetingId is { } meetingId
            ? await db.Meetings.Include(m => m.Attendances).Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
                .FirstOrDefaultAsync(m => m.Id == meetingId && !m.Deleted, ct)
            : null;
        if (!ReviewAccess.MayReview(viewer, meeting?.OrganizationId))
        {
            return ReviewAccess.NotFound(importId);
        }

        var scope = await access.ScopeForAsync(viewer, ct);
        var nonPublicVisible = meeting is null ? scope.All : scope.Covers(meeting.OrganizationId);
        return new ReviewTarget(import, meeting, nonPublicVisible, new AuditScope(viewer.UserId!, ReviewAccess.Context(import.Id)));
    }

    public Result<Meeting> RequireMeeting() =>
        Meeting is { } meeting ? meeting : new NotFoundError("review.no_meeting", "This import recorded no meeting.");
}
