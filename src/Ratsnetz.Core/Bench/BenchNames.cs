using System.Globalization;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Bench;

/// <summary>Names of generated towns, places, people and organizations, drawn from <see cref="BenchWords"/>.</summary>
internal static class BenchNames
{
    /// <summary>Distinct for up to 288 bodies: the stem cycles fastest, the suffix shifts once per stem cycle.</summary>
    public static string Town(int bodyId)
    {
        var b = bodyId - 1;
        var stems = BenchWords.TownStems.Length;
        return BenchWords.TownStems[b % stems] + BenchWords.TownSuffixes[((b / stems) + (5 * b)) % BenchWords.TownSuffixes.Length];
    }

    public static string FullTown(int bodyId) => $"{Classification(bodyId)} {Town(bodyId)}";

    public static string Classification(int bodyId) => bodyId % 3 == 0 ? "Gemeinde" : "Stadt";

    public static string Street(ref BenchRandom random) =>
        random.Pick(BenchWords.StreetStems) + random.Pick(BenchWords.StreetSuffixes);

    public static string Address(ref BenchRandom random) => $"{Street(ref random)} {1 + random.Next(120)}";

    public static string PostalCode(int bodyId) => (40_000 + (bodyId * 211 % 19_000)).ToString(CultureInfo.InvariantCulture);

    public static (string Family, string? Given, Salutation? Salutation, string? Title) Person(ref BenchRandom random)
    {
        var female = random.Chance(0.5);
        var given = random.Chance(0.03) ? null : random.Pick(female ? BenchWords.FemaleGivenNames : BenchWords.MaleGivenNames);
        var family = random.Chance(0.05)
            ? $"{random.Pick(BenchWords.FamilyNames)}-{random.Pick(BenchWords.FamilyNames)}"
            : random.Pick(BenchWords.FamilyNames);
        Salutation? salutation = random.Chance(0.1) ? null : female ? Salutation.Frau : Salutation.Herr;
        return (family, given, salutation, random.Chance(0.06) ? "Dr." : null);
    }

    public static (string Name, string? ShortName) Organization(BenchLayout layout, int orgIndex)
    {
        var body = layout.OrgBody[orgIndex];
        var town = FullTown(body);
        var name = layout.OrgName[orgIndex];
        return layout.OrgKind[orgIndex] switch
        {
            OrganizationKind.Council => ($"Rat der {town}", "Rat"),
            OrganizationKind.IntegrationCouncil => ($"Integrationsrat der {town}", "IR"),
            OrganizationKind.Administration => ($"Verwaltung der {town}", "Verwaltung"),
            OrganizationKind.Faction => ($"Fraktion {BenchWords.Factions[name]}", BenchWords.Factions[name]),
            OrganizationKind.WorkingGroup => (BenchWords.WorkingGroups[name], null),
            _ when layout.IsDistrict(orgIndex) => ($"Bezirksvertretung {name}", $"BV {name}"),
            _ => (BenchWords.Committees[name], null),
        };
    }

    public static string Faction(BenchLayout layout, int orgId) => BenchWords.Factions[layout.OrgName[orgId - 1]];
}
