using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Motions;

/// <summary>Where an Integrationsrat's statement can go: the council and the committees of its municipality.</summary>
public sealed record GetStatementTargets(Viewer Viewer, int OrganizationId);

public sealed record StatementTargets(int OrganizationId, string OrganizationName, IReadOnlyList<OrganizationRef> Targets);

public sealed class GetStatementTargetsHandler(AppDbContext db)
{
    public async Task<Result<StatementTargets>> HandleAsync(GetStatementTargets query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var source = await ManagedOrganization.LoadAsync(db, query.Viewer, query.OrganizationId, ct);
        if (source.IsError)
        {
            return source.Error!;
        }

        if (source.Value.Kind is not (OrganizationKind.IntegrationCouncil or OrganizationKind.IntegrationCommittee))
        {
            return MotionAccess.NotIntegrationCouncil;
        }

        var name = await db.Organizations.Where(o => o.Id == query.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var targets = (await db.Organizations.AsNoTracking()
                .Where(o => o.BodyId == source.Value.BodyId && (o.Kind == OrganizationKind.Council || o.Kind == OrganizationKind.Committee) && !o.Deleted)
                .Select(o => new { Ref = new OrganizationRef(o.Id, o.Name, o.ShortName), o.Kind })
                .ToListAsync(ct))
            .OrderBy(o => o.Kind).ThenBy(o => o.Ref.Name, StringComparer.CurrentCulture)
            .Select(o => o.Ref)
            .ToList();
        return new StatementTargets(query.OrganizationId, name, targets);
    }
}
