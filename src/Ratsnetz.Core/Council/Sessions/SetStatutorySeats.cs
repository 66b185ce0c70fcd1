using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>The number of seats the statutes give the organization; the live quorum is counted against it.</summary>
public sealed record SetStatutorySeats(Viewer Viewer, int OrganizationId, int? Seats);

public sealed class SetStatutorySeatsHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(SetStatutorySeats command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var allowed = await StandardItems.CheckAccessAsync(db, command.Viewer, command.OrganizationId, ct);
        if (allowed.IsError)
        {
            return allowed;
        }

        var organization = await db.Organizations.SingleAsync(o => o.Id == command.OrganizationId, ct);
        var before = organization.StatutorySeats;
        var set = organization.SetStatutorySeats(command.Seats);
        if (set.IsError)
        {
            return set;
        }

        audit.Changed(new AuditScope(command.Viewer.UserId!, $"Organization:{organization.Id}"), "Organization", organization.Id, "statutory_seats", before, organization.StatutorySeats);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
