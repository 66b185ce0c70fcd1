using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Alerts;

/// <summary>Checks a target (the body or person exists, the search is one the search accepts) and names it for mails and pages.</summary>
public static class AlertLabels
{
    public static async Task<Result<string>> DescribeAsync(AppDbContext db, AlertTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(target);
        switch (target.Kind)
        {
            case AlertKind.Organization:
                var organization = await db.Organizations.AsNoTracking()
                    .Where(o => o.Id == target.OrganizationId && !o.Deleted).Select(o => o.Name).FirstOrDefaultAsync(ct);
                return organization is null
                    ? new NotFoundError("alerts.target_not_found", "There is no such organization.")
                    : AlertMails.T("Label_Organization", organization);
            case AlertKind.Person:
                var person = await db.People.AsNoTracking().Where(p => p.Id == target.PersonId && !p.Deleted).FirstOrDefaultAsync(ct);
                return person is null
                    ? new NotFoundError("alerts.target_not_found", "There is no such person.")
                    : AlertMails.T("Label_Person", person.Name);
            case AlertKind.Search:
                if (SearchQuery.Parse(target.SearchText).Error is { } error)
                {
                    return error;
                }

                if (target.SearchKind is { } kind && !SearchKind.IsKnown(kind))
                {
                    return new ValidationError("search.type", "Unknown kind of result.", "type");
                }

                return target.SearchYear is < 1900 or > 2200
                    ? new ValidationError("search.year", "year must be a four-digit year.", "year")
                    : AlertMails.T("Label_Search", target.SearchText!);
            default:
                return new ValidationError("alerts.kind", "Unknown kind of alert.", "kind");
        }
    }
}
