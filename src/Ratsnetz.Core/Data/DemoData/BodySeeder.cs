using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Data.DemoData;

/// <summary>Maps a body file's standing records; needs the body's id, and memberships need the people's ids.</summary>
internal static class BodySeeder
{
    public static void AddDirectory(AppDbContext db, BodyFile file, BodyRecords records)
    {
        var bodyId = records.BodyId;
        foreach (var term in file.LegislativeTerms ?? [])
        {
            db.LegislativeTerms.Add(LegislativeTerm.Create(bodyId, term.Name, term.StartDate, term.EndDate).Value);
        }

        foreach (var entry in file.Locations ?? [])
        {
            var location = new Location(bodyId, entry.Description, entry.StreetAddress, entry.PostalCode, entry.Locality);
            db.Locations.Add(location);
            records.Add(entry.KeyOrDefault, location);
        }

        foreach (var entry in file.Organizations)
        {
            var organization = Organization.Create(bodyId, entry.Name, entry.Kind, entry.ShortName).Value;
            organization.SetStatutorySeats(entry.StatutorySeats).ThrowIfError();
            db.Organizations.Add(organization);
            records.Add(entry.KeyOrDefault, organization);
        }

        foreach (var entry in file.People)
        {
            var person = Person.Create(bodyId, entry.FamilyName, entry.GivenName, entry.Salutation, entry.Title).Value;
            db.People.Add(person);
            records.Add(entry.KeyOrDefault, person);
        }
    }

    public static void AddMemberships(AppDbContext db, BodyFile file, BodyRecords records)
    {
        foreach (var entry in file.Memberships ?? [])
        {
            var organization = records.Organization(entry.Organization);
            var membership = Membership.Create(records.Person(entry.Person).Id, organization.Id, entry.Role, entry.VotingRight).Value;
            membership.SetFunction(entry.Function);
            membership.SetPeriod(entry.StartDate, entry.EndDate).ThrowIfError();
            membership.SetMandate(entry.Mandate).ThrowIfError();
            if (entry.OnBehalfOf is { } faction)
            {
                membership.SetOnBehalfOf(records.Organization(faction).Id);
            }

            if (entry.DeputyOf is { } seatHolder)
            {
                membership.AssignDeputyOf(records.Seat(seatHolder, organization)).ThrowIfError();
            }

            db.Memberships.Add(membership);
            records.Add(membership);
        }
    }
}
