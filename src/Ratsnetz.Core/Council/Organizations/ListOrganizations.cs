using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Organizations;

/// <summary>The decision bodies (Gremien) of every municipality; factions and administrations are not listed.</summary>
public sealed record ListOrganizations;

public sealed record OrganizationDirectory(IReadOnlyList<BodyOrganizations> Bodies);

public sealed record BodyOrganizations(int BodyId, string BodyName, IReadOnlyList<OrganizationSummary> Organizations);

public sealed record OrganizationSummary(int Id, string Name, string? ShortName, OrganizationKind Kind, DateOnly? StartDate, DateOnly? EndDate, int MeetingCount);

public sealed class ListOrganizationsHandler(AppDbContext db)
{
    private static readonly OrganizationKind[] DecisionBodies =
        Enum.GetValues<OrganizationKind>().Where(k => k.IsDecisionBody()).ToArray();

    public async Task<Result<OrganizationDirectory>> HandleAsync(ListOrganizations query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await (
            from o in db.Organizations.AsNoTracking()
            where !o.Deleted && DecisionBodies.Contains(o.Kind)
            join b in db.Bodies on o.BodyId equals b.Id
            where !b.Deleted
            select new
            {
                BodyId = b.Id,
                BodyName = b.Name,
                Organization = new OrganizationSummary(o.Id, o.Name, o.ShortName, o.Kind, o.StartDate, o.EndDate,
                    db.Meetings.Count(m => m.OrganizationId == o.Id && !m.Deleted)),
            }).ToListAsync(ct);
        var bodies = rows
            .GroupBy(r => (r.BodyId, r.BodyName))
            .OrderBy(g => g.Key.BodyName, StringComparer.CurrentCulture)
            .Select(g => new BodyOrganizations(g.Key.BodyId, g.Key.BodyName, g
                .Select(r => r.Organization)
                .OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.CurrentCulture)
                .ToList()))
            .ToList();
        return new OrganizationDirectory(bodies);
    }
}
