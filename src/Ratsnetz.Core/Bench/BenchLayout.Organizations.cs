using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Bench;

internal sealed partial class BenchLayout
{
    private void PlaceOrganizations(BenchBodyLayout body)
    {
        var random = BenchRandom.For(Seed, BenchStream.Layout, body.Id * 16L);
        body.Factions = Math.Min(BenchWords.Factions.Length, 5 + random.Next(3));
        var founded = BenchCalendar.Terms[0].Start.DayNumber;
        var councilSeats = Math.Clamp(body.People / 3, 20, 90) & ~1;
        for (var i = 0; i < body.Orgs; i++)
        {
            var org = body.FirstOrg + i;
            OrgBody[org] = body.Id;
            OrgStart[org] = founded;
            (OrgKind[org], OrgName[org], OrgSeats[org]) = i switch
            {
                BenchBodyLayout.Council => (OrganizationKind.Council, (short)0, councilSeats),
                BenchBodyLayout.IntegrationCouncil => (OrganizationKind.IntegrationCouncil, (short)0, 15 + (2 * random.Next(6))),
                BenchBodyLayout.Administration => (OrganizationKind.Administration, (short)0, 0),
                _ when i < body.FirstCommittee => (OrganizationKind.Faction, (short)(i - BenchBodyLayout.FirstFaction), 0),
                _ => Committee(i - body.FirstCommittee, ref random),
            };

            // Some committees were formed in a later term or dissolved at the end of one, as after real elections.
            if (i >= body.FirstCommittee && random.Chance(0.25))
            {
                var term = 1 + random.Next(BenchCalendar.Terms.Length - 2);
                if (random.Chance(0.5))
                {
                    OrgStart[org] = BenchCalendar.Terms[term].Start.DayNumber;
                }
                else
                {
                    OrgEnd[org] = BenchCalendar.Terms[term].End.DayNumber;
                }
            }
        }
    }

    private static (OrganizationKind, short, int) Committee(int position, ref BenchRandom random)
    {
        var seats = 11 + (2 * random.Next(6));
        if (position < BenchWords.Committees.Length)
        {
            return (OrganizationKind.Committee, (short)position, seats);
        }

        position -= BenchWords.Committees.Length;
        return position < BenchWords.WorkingGroups.Length
            ? (OrganizationKind.WorkingGroup, (short)position, 9)
            : (OrganizationKind.Committee, (short)(position - BenchWords.WorkingGroups.Length + 1), seats);
    }

    /// <summary>
    /// Committees beyond the built-in names are district councils (Bezirksvertretung 1, 2, …); the name index
    /// then holds the district number.
    /// </summary>
    public bool IsDistrict(int orgIndex) =>
        OrgKind[orgIndex] == OrganizationKind.Committee && orgIndex - Bodies[OrgBody[orgIndex] - 1].FirstOrg - Bodies[OrgBody[orgIndex] - 1].FirstCommittee >= BenchWords.Committees.Length;

    private void PlacePeople(BenchBodyLayout body)
    {
        for (var i = 0; i < body.People; i++)
        {
            var person = body.FirstPerson + i;
            var random = BenchRandom.For(Seed, BenchStream.Layout, 1_000_000_000L + person);
            PersonBody[person] = body.Id;
            // About one in twelve is staff of the administration (minute takers, originators of Vorlagen).
            PersonFaction[person] = random.Chance(0.08)
                ? body.AdministrationId
                : body.FirstOrg + BenchBodyLayout.FirstFaction + FactionIndex(body.Factions, ref random) + 1;
            PersonDeleted[person] = random.Chance(0.005);
        }
    }

    /// <summary>Larger factions first: the first two lists hold about half the seats.</summary>
    private static int FactionIndex(int factions, ref BenchRandom random)
    {
        var x = random.NextDouble();
        return Math.Min(factions - 1, (int)(factions * x * x));
    }
}
