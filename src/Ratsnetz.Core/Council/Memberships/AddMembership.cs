using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>Gives a person of the municipality a seat or function in the organization.</summary>
public sealed record AddMembership(Viewer Viewer, int OrganizationId, MembershipForm Form);

public sealed class AddMembershipHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<int>> HandleAsync(AddMembership command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedOrganization.LoadAsync(db, command.Viewer, command.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var organization = target.Value;
        if (!await db.People.AnyAsync(p => p.Id == command.Form.PersonId && p.BodyId == organization.BodyId && !p.Deleted, ct))
        {
            return MemberAccess.PersonNotFound;
        }

        var created = Membership.Create(command.Form.PersonId, organization.Id, command.Form.Role, command.Form.VotingRight);
        if (created.IsError)
        {
            return created.Error!;
        }

        var membership = created.Value;
        var applied = await command.Form.ApplyToAsync(db, organization, membership, ct);
        if (applied.IsError)
        {
            return applied.Error!;
        }

        // The entry names the new membership's id, which exists only after a first save; one transaction keeps both.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        audit.Record(organization.Audit, AuditActions.Added, "Membership", membership.Id, null, null, MembershipForm.Describe(membership));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return membership.Id;
    }
}
