using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

public sealed record GetMinutesOverview(int MeetingId, Viewer Viewer);

/// <summary>Where a meeting's minutes stand and what this viewer may read and do with them.</summary>
public sealed record MinutesOverview(
    int MeetingId,
    MinutesState State,
    DateTime? ChairSignedAt,
    DateTime? MinuteTakerSignedAt,
    DateTime? PublishedAt,
    string? OpeningRemarks,
    bool PublicAvailable,
    bool FullAvailable,
    bool MayManage,
    IReadOnlyList<SignatureRole> MaySignAs,
    int AddendaCount)
{
    public bool MayAddAddendum => (MayManage || MaySignAs.Count > 0) && (ChairSignedAt is not null || MinuteTakerSignedAt is not null);

    public bool MayEditDraft => MayManage && ChairSignedAt is null && MinuteTakerSignedAt is null;
}

public sealed class GetMinutesOverviewHandler(AppDbContext db, NonPublicAccess access)
{
    public async Task<Result<MinutesOverview>> HandleAsync(GetMinutesOverview query, CancellationToken ct)
    {
        var organizationId = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == query.MeetingId && !m.Deleted)
            .Select(m => (int?)m.OrganizationId)
            .FirstOrDefaultAsync(ct);
        if (organizationId is not { } organization)
        {
            return MinutesAccess.NotFound(query.MeetingId);
        }

        var minutes = await db.MeetingMinutes.AsNoTracking().Include(m => m.Addenda)
            .FirstOrDefaultAsync(m => m.MeetingId == query.MeetingId && !m.Deleted, ct);
        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var mayManage = MinutesAccess.MayManage(query.Viewer, organization);
        var hasAccess = scope.Covers(organization) || mayManage;
        var state = minutes?.State ?? MinutesState.Draft;
        var signable = (await MinutesAccess.SigningRolesAsync(db, query.Viewer, query.MeetingId, ct))
            .Where(role => state == MinutesState.Draft && minutes?.SignedAt(role) is null)
            .ToList();
        return new MinutesOverview(
            query.MeetingId,
            state,
            minutes?.ChairSignedAt,
            minutes?.MinuteTakerSignedAt,
            minutes?.PublishedAt,
            hasAccess ? minutes?.OpeningRemarks : null,
            state == MinutesState.Published || hasAccess,
            hasAccess,
            mayManage,
            signable,
            minutes?.Addenda.Count(a => !a.Deleted && (hasAccess || !a.ConcernsNonPublicPart)) ?? 0);
    }
}
