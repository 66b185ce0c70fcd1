using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// Corrects or ends a seat: role, vote, mandate, list, deputised seat, office word and period. The person stays;
/// a seat passing to someone else is an end here and a new membership.
/// </summary>
public sealed record EditMembership(Viewer Viewer, int OrganizationId, int MembershipId, MembershipForm Form);

public sealed class EditMembershipHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(EditMembership command, CancellationToken ct)
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

        if (command.Form.PersonId != membership.PersonId)
        {
            return new ValidationError("membership.person_fixed", "A membership keeps its person; end it and add a new one.", "personId");
        }

        var before = MembershipForm.Describe(membership);
        var applied = await command.Form.ApplyToAsync(db, target.Value, membership, ct);
        if (applied.IsError)
        {
            return applied;
        }

        audit.Changed(target.Value.Audit, "Membership", membership.Id, "seat", before, MembershipForm.Describe(membership));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
