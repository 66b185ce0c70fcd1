using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Memberships;

/// <summary>Only administrators and the body's own Geschäftsführung keep its member records; terms are the administrators'.</summary>
public sealed class MemberAccessTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<DatabaseKind, string> Refusals()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            data.Add(kind, "other-staff");
            data.Add(kind, "member");
            data.Add(kind, "anonymous");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Everyone_but_the_bodys_staff_is_refused_and_nothing_is_written(DatabaseKind kind, string who)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var seat = await MemberRecordsTests.AddAsync(s, new MembershipForm(s.People["Muster"], MembershipRole.Member));
        var bodyId = await MemberRecordsTests.BodyIdAsync(s);
        var before = await CountsAsync(s);
        var (viewer, code) = who switch
        {
            "other-staff" => (s.OtherStaff, "members.not_assigned"),
            "member" => (s.Member, "members.staff_only"),
            _ => (Viewer.Anonymous, "members.staff_only"),
        };
        var form = new MembershipForm(s.People["Becker"], MembershipRole.Member);

        var results = new List<Common.Error?>
        {
            (await s.RunAsync((db, audit) => new AddMembershipHandler(db, audit).HandleAsync(new AddMembership(viewer, s.OrganizationId, form), None))).Error,
            (await s.RunAsync((db, audit) => new EditMembershipHandler(db, audit).HandleAsync(
                new EditMembership(viewer, s.OrganizationId, seat, form with { PersonId = s.People["Muster"], EndDate = new DateOnly(2026, 1, 1) }), None))).Error,
            (await s.RunAsync((db, audit) => new RemoveMembershipHandler(db, audit).HandleAsync(new RemoveMembership(viewer, s.OrganizationId, seat), None))).Error,
            (await s.RunAsync((db, audit) => new AddPersonHandler(db, audit).HandleAsync(new AddPerson(viewer, s.OrganizationId, "Neu"), None))).Error,
            (await s.RunAsync((db, audit) => new RenamePersonHandler(db, audit).HandleAsync(new RenamePerson(viewer, s.OrganizationId, s.People["Muster"], "Anders"), None))).Error,
            (await s.RunAsync((db, audit) => new AddOrganizationHandler(db, audit).HandleAsync(new AddOrganization(viewer, bodyId, "Liste", OrganizationKind.Faction), None))).Error,
            (await s.RunAsync((db, audit) => new DescribeOrganizationHandler(db, audit).HandleAsync(
                new DescribeOrganization(viewer, s.OrganizationId, "Umbenannt", OrganizationKind.IntegrationCouncil, null, null, null), None))).Error,
            (await s.RunAsync((db, _) => new GetMembershipRosterHandler(db).HandleAsync(new GetMembershipRoster(viewer, s.OrganizationId), None))).Error,
            (await s.RunAsync((db, _) => new GetMemberAuditLogHandler(db).HandleAsync(new GetMemberAuditLog(viewer, s.OrganizationId), None))).Error,
        };

        Assert.All(results, error => Assert.Equal(code, error?.Code));
        Assert.Equal(before, await CountsAsync(s));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Geschaeftsfuehrung_adds_lists_only_and_only_in_its_own_municipality_and_terms_are_for_administrators(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var kamen = await MemberRecordsTests.BodyIdAsync(s);
        var unna = await s.ReadAsync(db => db.Organizations.Where(o => o.Id == s.OtherOrganizationId).Select(o => o.BodyId).SingleAsync());

        var committee = await s.RunAsync((db, audit) => new AddOrganizationHandler(db, audit).HandleAsync(new AddOrganization(s.Staff, kamen, "Hauptausschuss", OrganizationKind.Committee), None));
        var foreignList = await s.RunAsync((db, audit) => new AddOrganizationHandler(db, audit).HandleAsync(new AddOrganization(s.Staff, unna, "Liste", OrganizationKind.Faction), None));
        var staffTerm = await s.RunAsync((db, audit) => new AddLegislativeTermHandler(db, audit).HandleAsync(new AddLegislativeTerm(s.Staff, kamen, "2025–2030", new DateOnly(2025, 11, 1), null), None));
        var adminTerm = await s.RunAsync((db, audit) => new AddLegislativeTermHandler(db, audit).HandleAsync(new AddLegislativeTerm(s.Admin, kamen, "2025–2030", new DateOnly(2025, 11, 1), null), None));
        var revised = await s.RunAsync((db, audit) => new ReviseLegislativeTermHandler(db, audit).HandleAsync(
            new ReviseLegislativeTerm(s.Admin, adminTerm.Value, "Wahlperiode 2025–2030", new DateOnly(2025, 11, 1), new DateOnly(2030, 10, 31)), None));

        Assert.Equal("members.not_assigned", committee.Error?.Code);
        Assert.Equal("members.not_assigned", foreignList.Error?.Code);
        Assert.Equal("members.administrators_only", staffTerm.Error?.Code);
        Assert.True(revised.IsSuccess);
        var term = await s.ReadAsync(db => db.LegislativeTerms.AsNoTracking().SingleAsync());
        Assert.Equal(("Wahlperiode 2025–2030", new DateOnly(2030, 10, 31)), (term.Name, term.EndDate));
        Assert.Equal(2, await s.ReadAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "LegislativeTerm" && e.Context == $"Body:{kamen}")));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_seat_recorded_here_opens_the_bodys_non_public_part_while_it_lasts(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var becker = new Viewer("becker", false, s.People["Becker"], new HashSet<int>());
        var brandt = new Viewer("brandt", false, s.People["Brandt"], new HashSet<int>());
        await MemberRecordsTests.AddAsync(s, new MembershipForm(s.People["Becker"], MembershipRole.Member, StartDate: new DateOnly(2026, 11, 21)));
        await MemberRecordsTests.AddAsync(s, new MembershipForm(s.People["Brandt"], MembershipRole.Member, EndDate: new DateOnly(2026, 11, 20)));

        var sitting = await s.ReadAsync(db => new NonPublicAccess(db, s.Clock).ScopeForAsync(becker, None));
        var former = await s.ReadAsync(db => new NonPublicAccess(db, s.Clock).ScopeForAsync(brandt, None));

        Assert.True(sitting.Covers(s.OrganizationId));
        Assert.False(sitting.Covers(s.OtherOrganizationId));
        Assert.False(former.Covers(s.OrganizationId));
    }

    private static Task<(int, int, int, int, int, int)> CountsAsync(SessionScenario s) => s.ReadAsync(async db => (
        await db.Memberships.CountAsync(m => !m.Deleted),
        await db.People.CountAsync(),
        await db.Organizations.CountAsync(),
        await db.AuditEntries.CountAsync(),
        await db.People.CountAsync(p => p.FamilyName == "Anders"),
        await db.Memberships.CountAsync(m => m.EndDate != null)));
}
