using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Testing;
using static Ratsnetz.Data.DemoData.DemoSeed;

namespace Ratsnetz.Data.DemoData;

/// <summary>The Bergkamen (seed 001) and Kreis Coesfeld (seed 004) records, on both database engines.</summary>
public sealed class NeighbourDemoDataTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task In_Bergkamen_Gürbiz_substitutes_for_Cakir_and_arrivals_and_departures_are_kept(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var bergkamen = await db.Bodies.SingleAsync(b => b.ShortName == "Bergkamen", Ct);
        var people = await db.People.Where(p => p.BodyId == bergkamen.Id).ToDictionaryAsync(p => p.FamilyName, Ct);
        var council = await db.Organizations.SingleAsync(o => o.BodyId == bergkamen.Id && o.Kind == OrganizationKind.IntegrationCouncil, Ct);
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleAsync(m => m.OrganizationId == council.Id, Ct);
        var attendance = meeting.Attendances.ToDictionary(a => a.PersonId);

        Assert.Null(meeting.Date);
        Assert.True(meeting.QuorumConfirmed);
        Assert.Equal(people["Cakir"].Id, attendance[people["Gürbiz"].Id].SubstituteForPersonId);
        Assert.Equal(AttendanceStatus.Excused, attendance[people["Cakir"].Id].Status);
        Assert.Equal(new TimeOnly(17, 30), attendance[people["Eroglu"].Id].From);
        Assert.All(new[] { "Deuse", "Rocholl", "Schäfer", "Uyar" }, name => Assert.Equal(new TimeOnly(18, 0), attendance[people[name].Id].Until));
        Assert.Equal(AttendanceRole.MinuteTaker, attendance[people["Siebert"].Id].Role);
        var deputy = await db.Memberships.SingleAsync(m => m.PersonId == people["Gürbiz"].Id && m.OrganizationId == council.Id, Ct);
        var seat = await db.Memberships.SingleAsync(m => m.Id == deputy.DeputyOfId, Ct);
        Assert.Equal((MembershipRole.DeputyMember, people["Cakir"].Id), (deputy.Role, seat.PersonId));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Coesfeld_committee_adopted_the_integration_concept_by_9_to_0(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var coesfeld = await db.Bodies.SingleAsync(b => b.ShortName == "Coesfeld", Ct);
        var committee = await db.Organizations.SingleAsync(o => o.BodyId == coesfeld.Id && o.Kind == OrganizationKind.IntegrationCommittee, Ct);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .SingleAsync(m => m.OrganizationId == committee.Id, Ct);
        var names = await FamilyNamesAsync(db);

        var item = Assert.Single(meeting.AgendaItems);
        Assert.Equal(new VoteCounts(9, 0, 0, 0), item.Votes);
        Assert.Equal(DecisionOutcome.AdoptedUnchanged, item.Outcome);
        Assert.Equal(
            ["Kleerbaum", "Dreier", "Wenning", "Schulze Pellengahr", "Lütkecosmann", "Bednarz", "Kohaus", "Neumann", "Merschhemke"],
            item.Contributions.OrderBy(c => c.Order).Select(c => names[c.PersonId]));
        var landrat = await db.People.SingleAsync(p => p.FamilyName == "Schulze Pellengahr", Ct);
        Assert.Equal((coesfeld.Id, "Dr."), (landrat.BodyId, landrat.Title));
    }
}
