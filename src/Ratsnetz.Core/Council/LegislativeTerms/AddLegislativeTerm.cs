using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.LegislativeTerms;

/// <summary>
/// Adds an electoral term (Wahlperiode) to a municipality. A term belongs to the whole municipality, not to one body,
/// so only administrators keep terms; Geschäftsführung manages only its own bodies.
/// </summary>
public sealed record AddLegislativeTerm(Viewer Viewer, int BodyId, string Name, DateOnly? StartDate, DateOnly? EndDate);

public sealed class AddLegislativeTermHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<int>> HandleAsync(AddLegislativeTerm command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Viewer.IsAnonymous || !command.Viewer.IsAdministrator)
        {
            return MemberAccess.AdministratorsOnly;
        }

        if (!await db.Bodies.AnyAsync(b => b.Id == command.BodyId && !b.Deleted, ct))
        {
            return new NotFoundError("body.not_found", $"There is no body {command.BodyId}.");
        }

        var created = LegislativeTerm.Create(command.BodyId, command.Name, command.StartDate, command.EndDate);
        if (created.IsError)
        {
            return created.Error!;
        }

        var term = created.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.LegislativeTerms.Add(term);
        await db.SaveChangesAsync(ct);
        audit.Record(new AuditScope(command.Viewer.UserId!, $"Body:{command.BodyId}"), AuditActions.Added, "LegislativeTerm", term.Id,
            null, null, $"{term.Name}, {AuditLog.Format(term.StartDate)}–{AuditLog.Format(term.EndDate)}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return term.Id;
    }
}
