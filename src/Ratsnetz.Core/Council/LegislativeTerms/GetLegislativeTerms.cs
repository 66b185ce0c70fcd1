using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.LegislativeTerms;

/// <summary>A municipality's electoral terms for the administrators who keep them (the same rule as the changes).</summary>
public sealed record GetLegislativeTerms(Viewer Viewer, int BodyId);

public sealed record LegislativeTermLine(int Id, string Name, DateOnly? StartDate, DateOnly? EndDate);

public sealed record LegislativeTermList(int BodyId, string BodyName, IReadOnlyList<LegislativeTermLine> Terms);

public sealed class GetLegislativeTermsHandler(AppDbContext db)
{
    public async Task<Result<LegislativeTermList>> HandleAsync(GetLegislativeTerms query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Viewer.IsAnonymous || !query.Viewer.IsAdministrator)
        {
            return MemberAccess.AdministratorsOnly;
        }

        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == query.BodyId && !b.Deleted).Select(b => new { b.Id, b.Name }).FirstOrDefaultAsync(ct);
        if (body is null)
        {
            return new NotFoundError("body.not_found", $"There is no body {query.BodyId}.");
        }

        var terms = await db.LegislativeTerms.AsNoTracking()
            .Where(t => t.BodyId == query.BodyId && !t.Deleted)
            .OrderByDescending(t => t.StartDate).ThenBy(t => t.Id)
            .Select(t => new LegislativeTermLine(t.Id, t.Name, t.StartDate, t.EndDate))
            .ToListAsync(ct);
        return new LegislativeTermList(body.Id, body.Name, terms);
    }
}
