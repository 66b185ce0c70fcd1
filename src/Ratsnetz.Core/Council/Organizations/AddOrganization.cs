using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Organizations;

/// <summary>
/// Adds an organization to a municipality. Administrators add any kind; Geschäftsführung adds only lists and factions,
/// and only in a municipality where they manage a body — the lists their members sit for.
/// </summary>
public sealed record AddOrganization(Viewer Viewer, int BodyId, string Name, OrganizationKind Kind, string? ShortName = null);

public sealed class AddOrganizationHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<int>> HandleAsync(AddOrganization command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!StaffAccess.IsStaff(command.Viewer))
        {
            return MemberAccess.StaffOnly;
        }

        if (!await db.Bodies.AnyAsync(b => b.Id == command.BodyId && !b.Deleted, ct))
        {
            return new NotFoundError("body.not_found", $"There is no body {command.BodyId}.");
        }

        if (!command.Viewer.IsAdministrator)
        {
            var managed = command.Viewer.StaffOrganizationIds.ToList();
            var ownBody = await db.Organizations.AnyAsync(o => managed.Contains(o.Id) && o.BodyId == command.BodyId && !o.Deleted, ct);
            if (!ownBody || command.Kind != OrganizationKind.Faction)
            {
                return MemberAccess.NotAssigned;
            }
        }

        var created = Organization.Create(command.BodyId, command.Name, command.Kind, command.ShortName);
        if (created.IsError)
        {
            return created.Error!;
        }

        var organization = created.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        audit.Record(new AuditScope(command.Viewer.UserId!, MemberAccess.Context(organization.Id)), AuditActions.Added, "Organization", organization.Id,
            null, null, $"{organization.Name} ({organization.Kind})");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return organization.Id;
    }
}
