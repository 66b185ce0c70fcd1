using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Access;

/// <summary>
/// Decides for which organizations a viewer may see non-public content: administrators for all; staff for the
/// organizations assigned to them; members for the organizations in which they hold a membership today.
/// Former members lose access, because confidentiality (§ 30 GO NRW) outlives the seat but the need to know does not.
/// </summary>
public sealed class NonPublicAccess(AppDbContext db, TimeProvider clock)
{
    public async Task<NonPublicScope> ScopeForAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.IsAnonymous)
        {
            return NonPublicScope.None;
        }

        if (viewer.IsAdministrator)
        {
            return NonPublicScope.Everything;
        }

        var organizations = new HashSet<int>(viewer.StaffOrganizationIds);
        if (viewer.PersonId is { } personId)
        {
            var today = MeetingClock.Today(clock);
            var memberOf = await db.Memberships.AsNoTracking()
                .Where(m => m.PersonId == personId && !m.Deleted)
                .Where(m => (m.StartDate == null || m.StartDate <= today) && (m.EndDate == null || m.EndDate >= today))
                .Select(m => m.OrganizationId)
                .ToListAsync(cancellationToken);
            organizations.UnionWith(memberOf);
        }

        return organizations.Count == 0 ? NonPublicScope.None : new NonPublicScope(false, organizations);
    }
}

/// <summary>The organizations whose non-public content a viewer may see.</summary>
public sealed record NonPublicScope(bool All, IReadOnlySet<int> OrganizationIds)
{
    public static readonly NonPublicScope None = new(false, new HashSet<int>());

    public static readonly NonPublicScope Everything = new(true, new HashSet<int>());

    public bool Covers(int organizationId) => All || OrganizationIds.Contains(organizationId);
}
