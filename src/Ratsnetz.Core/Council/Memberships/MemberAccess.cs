using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// Who keeps an organization's member records: administrators every organization, Geschäftsführung the organizations
/// assigned to them (<see cref="StaffAccess"/>). Every change is audited under <see cref="Context"/>.
/// </summary>
public static class MemberAccess
{
    public static string Context(int organizationId) => $"Organization:{organizationId}";

    internal static ForbiddenError StaffOnly => new("members.staff_only", "Only administrators and Geschäftsführung keep member records.");

    internal static ForbiddenError NotAssigned => new("members.not_assigned", "This organization is not assigned to you.");

    internal static ForbiddenError AdministratorsOnly => new("members.administrators_only", "Only administrators change a municipality's legislative terms.");

    internal static NotFoundError OrganizationNotFound(int id) => new("organization.not_found", $"There is no organization {id}.");

    internal static NotFoundError MembershipNotFound => new("membership.not_found", "This organization has no such membership.");

    internal static NotFoundError PersonNotFound => new("person.not_found", "No such person in this municipality.");
}

/// <summary>An organization the viewer may manage, with the scope its audit entries are written under.</summary>
internal sealed record ManagedOrganization(int Id, int BodyId, OrganizationKind Kind, AuditScope Audit)
{
    public static async Task<Result<ManagedOrganization>> LoadAsync(AppDbContext db, Viewer viewer, int organizationId, CancellationToken ct)
    {
        if (!StaffAccess.IsStaff(viewer))
        {
            return MemberAccess.StaffOnly;
        }

        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId && !o.Deleted)
            .Select(o => new { o.Id, o.BodyId, o.Kind })
            .FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return MemberAccess.OrganizationNotFound(organizationId);
        }

        return StaffAccess.MayManage(viewer, organizationId)
            ? new ManagedOrganization(organization.Id, organization.BodyId, organization.Kind, new AuditScope(viewer.UserId!, MemberAccess.Context(organization.Id)))
            : MemberAccess.NotAssigned;
    }
}
