using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Organizations;

/// <summary>Renames, reclassifies or dates an organization the viewer manages.</summary>
public sealed record DescribeOrganization(Viewer Viewer, int OrganizationId, string Name, OrganizationKind Kind, string? ShortName, DateOnly? StartDate, DateOnly? EndDate);

public sealed class DescribeOrganizationHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(DescribeOrganization command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedOrganization.LoadAsync(db, command.Viewer, command.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var organization = await db.Organizations.SingleAsync(o => o.Id == command.OrganizationId, ct);
        var before = (organization.Name, organization.ShortName, organization.Kind, organization.StartDate, organization.EndDate);
        var result = organization.Describe(command.Name, command.Kind, command.ShortName);
        result = result.IsError ? result : organization.SetPeriod(command.StartDate, command.EndDate);
        if (result.IsError)
        {
            return result;
        }

        var scope = target.Value.Audit;
        audit.Changed(scope, "Organization", organization.Id, "name", before.Name, organization.Name);
        audit.Changed(scope, "Organization", organization.Id, "short_name", before.ShortName, organization.ShortName);
        audit.Changed(scope, "Organization", organization.Id, "kind", before.Kind, organization.Kind);
        audit.Changed(scope, "Organization", organization.Id, "start_date", before.StartDate, organization.StartDate);
        audit.Changed(scope, "Organization", organization.Id, "end_date", before.EndDate, organization.EndDate);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
