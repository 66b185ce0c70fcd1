using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Locations;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record LocationModel(
    int Id, DateTime Created, DateTime Modified, string Description, string? StreetAddress, string? PostalCode, string? Locality);

internal sealed class LocationResource : OParlResource<Location, LocationModel>
{
    public override string Segment => OParlSegments.Locations;

    protected override string Type => OParlTypes.Location;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Location;

    public static async Task<IReadOnlyDictionary<int, LocationModel>> ByIdsAsync(AppDbContext db, IEnumerable<int?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, LocationModel>();
        }

        return await Project(db.Locations.AsNoTracking().Where(l => !l.Deleted && wanted.Contains(l.Id)))
            .ToDictionaryAsync(l => l.Id, cancellationToken);
    }

    public static void WriteEmbedded(OParlContext context, LocationModel location, string? name)
    {
        var w = context.Writer;
        w.StartObject(name);
        w.Head(context.Urls.Of(OParlSegments.Locations, location.Id), OParlTypes.Location);
        w.Text("description", location.Description);
        w.Text("streetAddress", location.StreetAddress);
        w.Text("postalCode", location.PostalCode);
        w.Text("locality", location.Locality);
        w.Stamps(location.Created, location.Modified);
        w.EndObject();
    }

    protected override IQueryable<Location> Reachable(AppDbContext db) => db.Locations;

    protected override OParlListScope ListScope { get; } = OParlListScope.OfBody("locations");

    protected override async Task<IReadOnlyDictionary<int, LocationModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await Project(context.Db.Locations.AsNoTracking().Where(l => ids.Contains(l.Id))).ToDictionaryAsync(l => l.Id, cancellationToken);

    protected override void Write(OParlContext context, LocationModel model) => WriteEmbedded(context, model, null);

    private static IQueryable<LocationModel> Project(IQueryable<Location> locations) => locations.Select(l =>
        new LocationModel(l.Id, l.Created, l.Modified, l.Description, l.StreetAddress, l.PostalCode, l.Locality));
}
