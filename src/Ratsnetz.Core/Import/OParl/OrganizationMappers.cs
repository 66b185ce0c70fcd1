using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Import.OParl;

internal sealed class OrganizationMapper : RemoteMapper
{
    public override string Type => "Organization";

    public override int Rank => 1;

    public override System.Type EntityType => typeof(Organization);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var name = Fit(json.Field("name") ?? json.Field("shortName"), 300);
        if (name is null)
        {
            return Applied.Fail("organization without name");
        }

        var shortName = Fit(json.Field("shortName"), 100);
        var kind = OParlVocabulary.GuessOrganizationKind(json.Field("organizationType"), json.Field("classification"), name);
        Organization organization;
        if (existingId is { } id && await session.Db.Organizations.FindAsync([id], ct) is { } existing)
        {
            var described = existing.Describe(name, kind, shortName);
            if (described.IsError)
            {
                return Applied.Fail(described.Error!.Code);
            }

            organization = existing;
        }
        else
        {
            var created = Organization.Create(session.BodyId, name, kind, shortName);
            if (created.IsError)
            {
                return Applied.Fail(created.Error!.Code);
            }

            organization = created.Value;
            session.Db.Add(organization);
        }

        var start = OParlDates.ParseDate(json.Field("startDate"));
        var end = OParlDates.ParseDate(json.Field("endDate"));
        if (organization.SetPeriod(start, end).IsError)
        {
            organization.SetPeriod(start, null).ThrowIfError();
        }

        if (session.IdOf(json.Reference("location")) is { } locationId)
        {
            organization.SetLocation(locationId);
        }

        return organization;
    }
}

internal sealed class LocationMapper : RemoteMapper
{
    public override string Type => "Location";

    public override int Rank => 0;

    public override System.Type EntityType => typeof(Location);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var street = Fit(json.Field("streetAddress"), 200);
        var postalCode = Fit(json.Field("postalCode"), 10);
        var locality = Fit(json.Field("locality"), 100);
        var room = json.Field("room");
        var description = Fit(json.Field("description") ?? JoinNonEmpty(room, street, locality), 300);
        if (description is null)
        {
            return Applied.Fail("location without description or address");
        }

        if (existingId is { } id && await session.Db.Locations.FindAsync([id], ct) is { } location)
        {
            location.Describe(description, street, postalCode, locality);
            return location;
        }

        var created = new Location(session.BodyId, description, street, postalCode, locality);
        session.Db.Add(created);
        return created;
    }

    private static string? JoinNonEmpty(params string?[] parts) =>
        parts.Any(p => p is not null) ? string.Join(", ", parts.OfType<string>()) : null;
}
