using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record OrganizationModel(
    int Id, DateTime Created, DateTime Modified, int BodyId, string Name, string? ShortName, OrganizationKind Kind,
    DateOnly? StartDate, DateOnly? EndDate, int? LocationId)
{
    public IReadOnlyList<int> Memberships { get; init; } = [];

    public LocationModel? Location { get; init; }
}

internal sealed class OrganizationResource : OParlResource<Organization, OrganizationModel>
{
    public override string Segment => OParlSegments.Organizations;

    protected override string Type => OParlTypes.Organization;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Organization;

    protected override IQueryable<Organization> Reachable(AppDbContext db) => db.Organizations;

    protected override OParlListScope ListScope { get; } = OParlListScope.OfBody("organizations");

    protected override async Task<IReadOnlyDictionary<int, OrganizationModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new OrganizationModel(o.Id, o.Created, o.Modified, o.BodyId, o.Name, o.ShortName, o.Kind, o.StartDate, o.EndDate, o.LocationId))
            .ToListAsync(cancellationToken);
        var memberships = (await db.Memberships.AsNoTracking()
                .Where(m => !m.Deleted && ids.Contains(m.OrganizationId))
                .Select(m => new { m.OrganizationId, m.Id })
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.Id).ToLookup(m => m.OrganizationId, m => m.Id);
        var locations = context.OmitInternal
            ? new Dictionary<int, LocationModel>()
            : await LocationResource.ByIdsAsync(db, organizations.Select(o => o.LocationId), cancellationToken);
        return organizations.ToDictionary(o => o.Id, o => o with
        {
            Memberships = memberships[o.Id].ToList(),
            Location = o.LocationId is { } locationId ? locations.GetValueOrDefault(locationId) : null,
        });
    }

    protected override void Write(OParlContext context, OrganizationModel organization)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(Segment, organization.Id), Type);
        w.Text("body", urls.Of(OParlSegments.Bodies, organization.BodyId));
        w.Text("name", organization.Name);
        w.Text("shortName", organization.ShortName);
        w.Strings("membership", organization.Memberships.Select(id => urls.Of(OParlSegments.Memberships, id)));
        w.Text("organizationType", OParlLabels.OrganizationType(organization.Kind));
        w.Text("classification", OParlLabels.Classification(organization.Kind));
        w.Date("startDate", organization.StartDate);
        w.Date("endDate", organization.EndDate);
        if (organization.Location is { } location)
        {
            LocationResource.WriteEmbedded(context, location, "location");
        }

        w.Text("web", urls.Web("/gremien/" + organization.Id));
        w.Text(OParlExtensions.Prefix + "kind", OParlLabels.Code(organization.Kind));
        w.Stamps(organization.Created, organization.Modified);
        w.EndObject();
    }
}
