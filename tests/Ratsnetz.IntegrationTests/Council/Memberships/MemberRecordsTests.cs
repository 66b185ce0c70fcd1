using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// The Geschäftsführung keeps its Integrationsrat's member records: lists, people, seats with mandate and deputies,
/// ends; each change is audited, and who was member on any day can be asked.
/// </summary>
public sealed class MemberRecordsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Staff_keep_seats_with_deputies_and_ends_and_every_change_is_audited(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var bodyId = await BodyIdAsync(s);
        var list = await s.RunAsync((db, audit) => new AddOrganizationHandler(db, audit).HandleAsync(
            new AddOrganization(s.Staff, bodyId, "Internationale Liste", OrganizationKind.Faction, "IL"), None));
        var person = await s.RunAsync((db, audit) => new AddPersonHandler(db, audit).HandleAsync(
            new AddPerson(s.Staff, s.OrganizationId, "Yıldız", "Ayşe", Salutation.Frau), None));
        Assert.True(list.IsSuccess && person.IsSuccess);

        var seat = await AddAsync(s, new MembershipForm(person.Value, MembershipRole.Member, Mandate: MembershipMandate.DirectlyElected,
            OnBehalfOfId: list.Value, StartDate: new DateOnly(2020, 11, 1)));
        var deputy = await AddAsync(s, new MembershipForm(s.People["Vertreter"], MembershipRole.DeputyMember, Mandate: MembershipMandate.DirectlyElected,
            OnBehalfOfId: list.Value, DeputyOfMembershipId: seat, StartDate: new DateOnly(2020, 11, 1)));
        var ended = await s.RunAsync((db, audit) => new EditMembershipHandler(db, audit).HandleAsync(new EditMembership(s.Staff, s.OrganizationId, seat,
            new MembershipForm(person.Value, MembershipRole.Member, Mandate: MembershipMandate.DirectlyElected, OnBehalfOfId: list.Value,
                StartDate: new DateOnly(2020, 11, 1), EndDate: new DateOnly(2023, 6, 30))), None));
        Assert.True(ended.IsSuccess, ended.Error?.Message);

        Assert.Empty(await MembersOnAsync(s, new DateOnly(2020, 10, 31)));
        var onStart = await MembersOnAsync(s, new DateOnly(2020, 11, 1));
        Assert.Equal(2, onStart.Count);
        Assert.Contains("Ayşe Yıldız", onStart);
        Assert.Contains("Vertreter", onStart);
        Assert.Contains("Ayşe Yıldız", await MembersOnAsync(s, new DateOnly(2023, 6, 30)));
        Assert.Equal(["Vertreter"], await MembersOnAsync(s, new DateOnly(2023, 7, 1)));

        var stored = await s.ReadAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.Id == deputy));
        Assert.Equal(seat, stored.DeputyOfId);
        var entries = await s.ReadAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Context == MemberAccess.Context(s.OrganizationId)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["Person:added", "Membership:added", "Membership:added", "Membership:corrected"], entries.Select(e => $"{e.EntityType}:{e.Action}"));
        Assert.All(entries, e => Assert.Equal("gf-kamen", e.UserId));
        Assert.Contains("2023-06-30", entries[^1].NewValue, StringComparison.Ordinal);
        Assert.True(await s.ReadAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "Organization" && e.EntityId == list.Value && e.Action == AuditActions.Added)));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_composition_warns_until_the_directly_elected_outnumber_the_appointed(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await AddAsync(s, new MembershipForm(s.People["Muster"], MembershipRole.Chair, Mandate: MembershipMandate.DirectlyElected));
        await AddAsync(s, new MembershipForm(s.People["Becker"], MembershipRole.Member, Mandate: MembershipMandate.CouncilAppointed));
        await AddAsync(s, new MembershipForm(s.People["Brandt"], MembershipRole.AdvisoryMember));
        var tie = await CompositionAsync(s);
        Assert.False(tie.DirectlyElectedOutnumberAppointed);
        Assert.Equal((1, 1, 1), (tie.DirectlyElectedSeats, tie.CouncilAppointedSeats, tie.Advisory));

        // A seat that starts later does not count today (the scenario's clock stands at 2026-11-21).
        await AddAsync(s, new MembershipForm(s.People["Abwesend"], MembershipRole.Member, Mandate: MembershipMandate.DirectlyElected, StartDate: new DateOnly(2027, 1, 1)));
        Assert.False((await CompositionAsync(s)).DirectlyElectedOutnumberAppointed);
        Assert.True((await CompositionAsync(s, new DateOnly(2027, 1, 1))).DirectlyElectedOutnumberAppointed);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_seat_breaking_a_rule_is_refused_with_its_field(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var seat = await AddAsync(s, new MembershipForm(s.People["Muster"], MembershipRole.Member));

        var endBeforeStart = await AddResultAsync(s, new MembershipForm(s.People["Becker"], MembershipRole.Member,
            StartDate: new DateOnly(2021, 1, 1), EndDate: new DateOnly(2020, 1, 1)));
        var memberAsDeputy = await AddResultAsync(s, new MembershipForm(s.People["Becker"], MembershipRole.Member, DeputyOfMembershipId: seat));
        var foreignList = await AddResultAsync(s, new MembershipForm(s.People["Becker"], MembershipRole.Member, OnBehalfOfId: s.OtherOrganizationId));
        var outsider = await AddResultAsync(s, new MembershipForm(s.OutsiderId, MembershipRole.Member));

        Assert.Equal("membership.end_before_start", endBeforeStart.Error?.Code);
        Assert.Equal("membership.deputy_role_required", memberAsDeputy.Error?.Code);
        Assert.Equal("membership.list_unknown", foreignList.Error?.Code);
        Assert.Equal("person.not_found", outsider.Error?.Code);
        Assert.Equal(1, await s.ReadAsync(db => db.Memberships.CountAsync()));
    }

    internal static async Task<int> AddAsync(SessionScenario s, MembershipForm form)
    {
        var result = await AddResultAsync(s, form);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static Task<Common.Result<int>> AddResultAsync(SessionScenario s, MembershipForm form) =>
        s.RunAsync((db, audit) => new AddMembershipHandler(db, audit).HandleAsync(new AddMembership(s.Staff, s.OrganizationId, form), None));

    internal static Task<int> BodyIdAsync(SessionScenario s) =>
        s.ReadAsync(db => db.Organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.BodyId).SingleAsync());

    private static async Task<List<string>> MembersOnAsync(SessionScenario s, DateOnly day)
    {
        var details = await s.RunAsync((db, _) => new GetOrganizationDetailsHandler(db, s.Clock).HandleAsync(new GetOrganizationDetails(s.OrganizationId, day), None));
        return details.Value.MemberGroups.SelectMany(g => g.Members).Select(m => m.Person.Name).ToList();
    }

    private static async Task<IntegrationCouncilComposition> CompositionAsync(SessionScenario s, DateOnly? day = null)
    {
        var details = await s.RunAsync((db, _) => new GetOrganizationDetailsHandler(db, s.Clock).HandleAsync(new GetOrganizationDetails(s.OrganizationId, day), None));
        return details.Value.Composition!;
    }
}
