using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// The audit entries of an organization's member records, newest first, for the staff who keep them. Read-only: the
/// audit log offers no way to change or remove an entry.
/// </summary>
public sealed record GetMemberAuditLog(Viewer Viewer, int OrganizationId, int Limit = 50);

public sealed class GetMemberAuditLogHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<AuditLine>>> HandleAsync(GetMemberAuditLog query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var target = await ManagedOrganization.LoadAsync(db, query.Viewer, query.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var context = MemberAccess.Context(query.OrganizationId);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Context == context)
            .OrderByDescending(e => e.Id)
            .Take(Math.Clamp(query.Limit, 1, 500))
            .Select(e => new AuditLine(e.At, e.UserId, e.Action, e.EntityType, e.EntityId, e.Field, e.OldValue, e.NewValue, e.Context, e.Reason))
            .ToListAsync(ct);
    }
}
