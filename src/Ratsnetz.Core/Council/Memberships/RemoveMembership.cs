using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>Removes a membership entered by mistake (soft delete, kept for OParl as deleted). An ended seat is an edit.</summary>
public sealed record RemoveMembership(Viewer Viewer, int OrganizationId, int MembershipId);

public sealed class RemoveMembershipHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(RemoveMembership command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedOrganization.LoadAsync(db, command.Viewer, command.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var membership = await db.Memberships.FirstOrDefaultAsync(
            m => m.Id == command.MembershipId && m.OrganizationId == command.OrganizationId && !m.Deleted, ct);
        if (membership is null)
        {
            return MemberAccess.MembershipNotFound;
        }

        // Deputies of the removed seat lose their link rather than pointing at a deleted seat.
        var deputies = await db.Memberships.Where(m => m.DeputyOfId == membership.Id && !m.Deleted).ToListAsync(ct);
        deputies.ForEach(d => d.ClearDeputyOf());
        membership.MarkDeleted();
        audit.Removed(target.Value.Audit, "Membership", membership.Id, MembershipForm.Describe(membership));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
