using Ratsnetz.Council.Memberships;

namespace Ratsnetz.Bench;

/// <summary>Rows of the body-level tables: bodies, terms, locations, organizations, people.</summary>
internal static partial class BenchRows
{
    public static void Bodies(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var body in layout.Bodies)
        {
            var random = BenchRandom.For(layout.Seed, BenchStream.Body, body.Id);
            var town = BenchNames.Town(body.Id);
            var created = BenchCalendar.At(BenchCalendar.FirstDay.AddDays(-30 + random.Next(20)), ref random);
            w.Number(body.Id);
            w.Text(BenchNames.FullTown(body.Id));
            w.Text(town);
            w.Text(BenchNames.Classification(body.Id));
            w.Text($"https://www.{town.ToLowerInvariant().Replace("ü", "ue", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)}.example");
            rows.Stamps(created, BenchCalendar.Modified(created, ref random), false);
        }
    }

    public static void LegislativeTerms(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var body in layout.Bodies)
        {
            for (var t = 0; t < BenchCalendar.Terms.Length; t++)
            {
                var (name, start, end) = BenchCalendar.Terms[t];
                var random = BenchRandom.For(layout.Seed, BenchStream.Term, body.FirstTermId + t);
                var created = BenchCalendar.At(start.AddDays(-random.Next(60)), ref random);
                w.Number(body.FirstTermId + t);
                w.Number(body.Id);
                w.Text(name);
                w.Date(start);
                w.Date(end);
                rows.Stamps(created, BenchCalendar.Modified(created, ref random), false);
            }
        }
    }

    public static void Locations(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var body in layout.Bodies)
        {
            for (var i = 0; i < body.Locations; i++)
            {
                var id = body.FirstLocation + i + 1;
                var random = BenchRandom.For(layout.Seed, BenchStream.Location, id);
                var building = i < 3 ? "Rathaus" : random.Chance(0.5) ? $"Bürgerhaus {BenchNames.Street(ref random)}" : $"Bezirksrathaus {i - 2}";
                var room = i < BenchWords.Rooms.Length ? BenchWords.Rooms[i] : random.Pick(BenchWords.Rooms);
                var created = BenchCalendar.At(BenchCalendar.FirstDay.AddDays(random.Next(400)), ref random);
                w.Number(id);
                w.Number(body.Id);
                w.Text($"{room}, {building}");
                w.Text(BenchNames.Address(ref random));
                w.Text(BenchNames.PostalCode(body.Id));
                w.Text(BenchNames.Town(body.Id));
                rows.Stamps(created, BenchCalendar.Modified(created, ref random), false);
            }
        }
    }

    public static void Organizations(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var org = 0; org < layout.Plan.Organizations; org++)
        {
            var random = BenchRandom.For(layout.Seed, BenchStream.Organization, org);
            var body = layout.Bodies[layout.OrgBody[org] - 1];
            var (name, shortName) = BenchNames.Organization(layout, org);
            var start = DateOnly.FromDayNumber(layout.OrgStart[org]);
            var created = BenchCalendar.At(start.AddDays(-random.Next(30)), ref random);
            w.Number(org + 1);
            w.Number(body.Id);
            w.Text(name);
            w.Text(shortName);
            w.Number((int)layout.OrgKind[org]);
            w.Number(layout.OrgSeats[org] > 0 ? layout.OrgSeats[org] : null);
            w.Date(start);
            w.Date(layout.OrgEnd[org] == 0 ? null : DateOnly.FromDayNumber(layout.OrgEnd[org]));
            w.Number(layout.OrgSeats[org] > 0 ? body.FirstLocation + 1 + random.Next(Math.Min(3, body.Locations)) : null);
            rows.Stamps(created, BenchCalendar.Modified(created, ref random), false);
        }
    }

    public static void People(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var person = 0; person < layout.Plan.People; person++)
        {
            var random = BenchRandom.For(layout.Seed, BenchStream.Person, person);
            var (family, given, salutation, title) = BenchNames.Person(ref random);
            var created = BenchCalendar.At(BenchCalendar.Between(BenchCalendar.FirstDay, BenchCalendar.Today, random.NextDouble()), ref random);
            w.Number(person + 1);
            w.Number(layout.PersonBody[person]);
            w.Text(family);
            w.Text(given);
            w.Number((int?)salutation);
            w.Text(title);
            rows.Stamps(created, BenchCalendar.Modified(created, ref random), layout.PersonDeleted[person]);
        }
    }

    private static string? MembershipFunction(MembershipRole role, bool faction) => role switch
    {
        MembershipRole.Chair => faction ? "Fraktionsvorsitz" : "Vorsitz",
        MembershipRole.DeputyChair => "1. stellv. Vorsitz",
        MembershipRole.AdvisoryMember => "beratendes Mitglied",
        MembershipRole.MinuteTaker => "Schriftführung",
        _ => null,
    };
}
