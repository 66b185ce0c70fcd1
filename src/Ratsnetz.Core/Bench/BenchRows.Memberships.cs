using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Bench;

internal static partial class BenchRows
{
    private const int MembershipsPerPerson = 3;

    /// <summary>
    /// About three memberships per person: one in their faction (or the administration, for staff), the rest as seats
    /// in the council, the Integrationsrat and committees of the last two terms, sized by the statutory seats: a chair,
    /// a deputy chair, members on behalf of their faction, deputies of a member's seat, advisory members, a minute taker.
    /// </summary>
    public static void Memberships(BenchLayout layout, BenchRowCounter rows)
    {
        var id = 0;
        foreach (var body in layout.Bodies)
        {
            var random = BenchRandom.For(layout.Seed, BenchStream.Membership, body.Id);
            var staff = new List<int>();
            var politicians = new List<int>();
            var chaired = new HashSet<int>();
            for (var person = body.FirstPerson; person < body.FirstPerson + body.People; person++)
            {
                var org = layout.PersonFaction[person];
                (org == body.AdministrationId ? staff : politicians).Add(person);
                var role = org != body.AdministrationId && chaired.Add(org) ? MembershipRole.Chair : MembershipRole.Member;
                var start = BenchCalendar.Between(BenchCalendar.Terms[0].Start, new DateOnly(2024, 12, 31), random.NextDouble());
                DateOnly? end = random.Chance(0.1) ? BenchCalendar.Between(start, BenchCalendar.Today, random.NextDouble()) : null;
                WriteMembership(layout, rows, ++id, person, org, role, null, null, start, end, ref random);
            }

            id = WriteSeats(layout, rows, body, id, staff, politicians, ref random);
        }
    }

    private static int WriteSeats(BenchLayout layout, BenchRowCounter rows, BenchBodyLayout body, int id, List<int> staff, List<int> politicians, ref BenchRandom random)
    {
        var blocks = new List<(int Org, int Term)>();
        for (var term = BenchCalendar.Terms.Length - 2; term < BenchCalendar.Terms.Length; term++)
        {
            for (var org = body.FirstOrg; org < body.FirstOrg + body.Orgs; org++)
            {
                if (layout.OrgKind[org].IsDecisionBody() && layout.OrgActiveOn(org, BenchCalendar.Terms[term].Start.DayNumber))
                {
                    blocks.Add((org, term));
                }
            }
        }

        var budget = (MembershipsPerPerson - 1) * body.People;
        var seats = blocks.Sum(b => layout.OrgSeats[b.Org]);
        var block = new List<(int Id, int Person)>();
        var taken = new HashSet<int>();
        foreach (var (org, term) in blocks)
        {
            var size = Math.Max(4, (int)Math.Round((double)budget * layout.OrgSeats[org] / seats));
            var (_, termStart, termEnd) = BenchCalendar.Terms[term];
            DateOnly? end = term == BenchCalendar.Terms.Length - 1 ? null : termEnd;
            block.Clear();
            taken.Clear();
            for (var i = 0; i < size; i++)
            {
                var role = i switch
                {
                    0 => MembershipRole.Chair,
                    1 => MembershipRole.DeputyChair,
                    _ when i == size - 1 && staff.Count > 0 => MembershipRole.MinuteTaker,
                    _ when i < size * 0.65 => MembershipRole.Member,
                    _ when i < size * 0.9 => MembershipRole.DeputyMember,
                    _ => MembershipRole.AdvisoryMember,
                };
                var pool = role == MembershipRole.MinuteTaker ? staff : politicians;
                var person = pool[random.Next(pool.Count)];
                for (var attempt = 0; attempt < 8 && !taken.Add(person); attempt++)
                {
                    person = pool[random.Next(pool.Count)];
                }

                int? deputyOf = null;
                if (role == MembershipRole.DeputyMember)
                {
                    var seat = block[random.Next(block.Count)];
                    // A deputy stands in for someone else's seat (Membership.AssignDeputyOf).
                    if (seat.Person == person)
                    {
                        role = MembershipRole.Member;
                    }
                    else
                    {
                        deputyOf = seat.Id;
                    }
                }

                var start = random.Chance(0.1) ? termStart.AddDays(random.Next(1, 400)) : termStart;
                start = start > (end ?? BenchCalendar.Today) ? termStart : start;
                DateOnly? until = random.Chance(0.08) ? BenchCalendar.Between(start, end ?? BenchCalendar.Today, random.NextDouble()) : end;
                var onBehalfOf = role == MembershipRole.MinuteTaker ? (int?)null : layout.PersonFaction[person];
                WriteMembership(layout, rows, ++id, person, org + 1, role, onBehalfOf, deputyOf, start, until, ref random);
                if (role is MembershipRole.Member or MembershipRole.Chair or MembershipRole.DeputyChair)
                {
                    block.Add((id, person));
                }
            }
        }

        return id;
    }

    private static void WriteMembership(BenchLayout layout, BenchRowCounter rows, int id, int person, int orgId, MembershipRole role, int? onBehalfOf, int? deputyOf,
        DateOnly start, DateOnly? end, ref BenchRandom random)
    {
        var w = rows.Writer;
        var created = BenchCalendar.At(start.AddDays(-random.Next(20)), ref random);
        w.Number(id);
        w.Number(person + 1);
        w.Number(orgId);
        w.Number((int)role);
        w.Bool(!role.IsNonVoting());
        w.Number(onBehalfOf);
        w.Number(deputyOf);
        w.Text(MembershipFunction(role, layout.OrgKind[orgId - 1] == OrganizationKind.Faction));
        w.Date(start);
        w.Date(end);
        rows.Stamps(created, BenchCalendar.Modified(created, ref random), layout.PersonDeleted[person] || random.Chance(0.003));
    }
}
