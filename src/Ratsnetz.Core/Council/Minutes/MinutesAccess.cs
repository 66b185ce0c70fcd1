using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// Who may do what with minutes (ADR 0012): administrators and the Geschäftsführung of the meeting's organization
/// manage them (edit the draft, publish, add addenda); an account signs in a role when the person it is linked to
/// is recorded at the meeting, present, as chair or as minute taker.
/// </summary>
public static class MinutesAccess
{
    public static bool MayManage(Viewer viewer, int organizationId) =>
        !viewer.IsAnonymous && (viewer.IsAdministrator || viewer.StaffOrganizationIds.Contains(organizationId));

    /// <summary>The roles in which this viewer signs the minutes of the meeting; empty for everyone else.</summary>
    public static async Task<IReadOnlyList<SignatureRole>> SigningRolesAsync(AppDbContext db, Viewer viewer, int meetingId, CancellationToken ct)
    {
        if (viewer.IsAnonymous || viewer.PersonId is not { } personId)
        {
            return [];
        }

        var roles = await db.Attendances.AsNoTracking()
            .Where(a => a.MeetingId == meetingId && a.PersonId == personId && !a.Deleted && a.Status == AttendanceStatus.Present)
            .Select(a => a.Role)
            .ToListAsync(ct);
        return roles.Select(ToSignatureRole).OfType<SignatureRole>().ToList();
    }

    /// <summary>The audit context of every minutes step of one meeting.</summary>
    public static string Context(int meetingId) => $"Meeting:{meetingId}";

    internal static SignatureRole? ToSignatureRole(AttendanceRole role) => role switch
    {
        AttendanceRole.Chair => SignatureRole.Chair,
        AttendanceRole.MinuteTaker => SignatureRole.MinuteTaker,
        _ => null,
    };

    internal static NotFoundError NotFound(int meetingId) => new("minutes.not_found", $"There are no minutes of meeting {meetingId} for you.");

    internal static ForbiddenError ManagersOnly => new("minutes.managers_only", "Only administrators and the Geschäftsführung of the body manage its minutes.");
}

/// <summary>Entity type and actions of the audit entries the minutes workflow writes (entity id: the meeting).</summary>
public static class MinutesAudit
{
    public const string EntityType = "Minutes";
    public const string Edited = "minutes.edited";
    public const string Signature = "minutes.signed";
    public const string Published = "minutes.published";
    public const string AddendumAdded = "minutes.addendum";
}
