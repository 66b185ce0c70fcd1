using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.LegislativeTerms;

/// <summary>Corrects a term's name and period; administrators only, as for <see cref="AddLegislativeTerm"/>.</summary>
public sealed record ReviseLegislativeTerm(Viewer Viewer, int TermId, string Name, DateOnly? StartDate, DateOnly? EndDate);

public sealed class ReviseLegislativeTermHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(ReviseLegislativeTerm command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Viewer.IsAnonymous || !command.Viewer.IsAdministrator)
        {
            return MemberAccess.AdministratorsOnly;
        }

        var term = await db.LegislativeTerms.FirstOrDefaultAsync(t => t.Id == command.TermId && !t.Deleted, ct);
        if (term is null)
        {
            return new NotFoundError("term.not_found", $"There is no legislative term {command.TermId}.");
        }

        var before = $"{term.Name}, {AuditLog.Format(term.StartDate)}–{AuditLog.Format(term.EndDate)}";
        var revised = term.Revise(command.Name, command.StartDate, command.EndDate);
        if (revised.IsError)
        {
            return revised;
        }

        audit.Changed(new AuditScope(command.Viewer.UserId!, $"Body:{term.BodyId}"), "LegislativeTerm", term.Id, "term", before,
            $"{term.Name}, {AuditLog.Format(term.StartDate)}–{AuditLog.Format(term.EndDate)}");
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
