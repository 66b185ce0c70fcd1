using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Motions;

/// <summary>
/// A member's motion becomes a numbered paper "Antrag" with its consultation at the meeting or body; the
/// Integrationsrat's statement becomes a paper with a consultation at the council or committee it is passed to.
/// </summary>
public sealed class MotionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_members_motion_becomes_a_numbered_paper_with_its_consultation(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var bodyId = await MemberRecordsTests.BodyIdAsync(s);
        var list = await s.RunAsync((db, audit) => new AddOrganizationHandler(db, audit).HandleAsync(
            new AddOrganization(s.Staff, bodyId, "Internationale Liste", OrganizationKind.Faction, "IL"), None));
        await MemberRecordsTests.AddAsync(s, new MembershipForm(s.People["Muster"], MembershipRole.Chair, Mandate: MembershipMandate.DirectlyElected, OnBehalfOfId: list.Value));

        var toMeeting = await SubmitAsync(s, s.Member, s.MeetingId);
        var toBody = await SubmitAsync(s, s.Member, null);
        Assert.True(toMeeting.IsSuccess && toBody.IsSuccess, toMeeting.Error?.Message ?? toBody.Error?.Message);

        var details = await s.RunAsync((db, _) => new GetPaperDetailsHandler(db, new NonPublicAccess(db, s.Clock)).HandleAsync(new GetPaperDetails(toMeeting.Value, Viewer.Anonymous), None));
        var paper = details.Value;
        Assert.Equal(("Antrag", "1/2026"), (paper.PaperType, paper.Reference));
        Assert.Equal("Die Verwaltung richtet einen Dolmetscherpool ein.", paper.Request);
        Assert.Equal("Viele Eltern verstehen die Schulbriefe nicht.", paper.Justification);
        var originator = Assert.Single(paper.Originators);
        Assert.Equal((s.People["Muster"], list.Value), (originator.Person?.Id, originator.Organization?.Id));
        var step = Assert.Single(paper.Consultations);
        Assert.Equal((s.OrganizationId, s.MeetingId), (step.Organization?.Id, step.Meeting?.Id));

        var second = await s.ReadAsync(db => db.Papers.AsNoTracking().SingleAsync(p => p.Id == toBody.Value));
        var bodyStep = await s.ReadAsync(db => db.Consultations.AsNoTracking().SingleAsync(c => c.PaperId == toBody.Value));
        Assert.Equal("2/2026", second.Reference);
        Assert.Equal((s.OrganizationId, (int?)null), (bodyStep.OrganizationId, bodyStep.MeetingId));
        Assert.Equal(2, await s.ReadAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Paper" && e.UserId == "oezkir")));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Only_current_members_submit_motions_and_only_to_upcoming_meetings(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        await MemberRecordsTests.AddAsync(s, new MembershipForm(s.People["Muster"], MembershipRole.Member));
        await MemberRecordsTests.AddAsync(s, new MembershipForm(s.People["Becker"], MembershipRole.Member, EndDate: new DateOnly(2026, 11, 20)));
        var past = await s.RunAsync(async (db, _) =>
        {
            var meeting = Meetings.Meeting.Create(s.OrganizationId, new DateOnly(2026, 11, 20), new TimeOnly(18, 0)).Value;
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var former = new Viewer("becker", false, s.People["Becker"], new HashSet<int>());
        var outsider = new Viewer("fremd", false, s.OutsiderId, new HashSet<int>());

        Assert.Equal("motion.members_only", (await SubmitAsync(s, former, null)).Error?.Code);
        Assert.Equal("motion.members_only", (await SubmitAsync(s, outsider, null)).Error?.Code);
        Assert.Equal("motion.members_only", (await SubmitAsync(s, s.Staff, null)).Error?.Code);
        Assert.Equal("motion.members_only", (await SubmitAsync(s, Viewer.Anonymous, null)).Error?.Code);
        Assert.Equal("motion.meeting_unknown", (await SubmitAsync(s, s.Member, past)).Error?.Code);
        Assert.Equal("paper.request_required", (await s.RunAsync((db, audit) => new SubmitMotionHandler(db, audit, s.Clock).HandleAsync(
            new SubmitMotion(s.Member, s.OrganizationId, null, "Ohne Antragstext", " ", null), None))).Error?.Code);
        Assert.Equal(0, await s.ReadAsync(db => db.Papers.CountAsync()));
        Assert.Equal(0, await s.ReadAsync(db => db.Consultations.CountAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_integration_council_passes_a_statement_to_a_committee_of_its_own_town(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        var (committee, foreignCouncil) = await s.RunAsync(async (db, _) =>
        {
            var kamen = await db.Organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.BodyId).SingleAsync();
            var unna = await db.Organizations.Where(o => o.Id == s.OtherOrganizationId).Select(o => o.BodyId).SingleAsync();
            var social = Organization.Create(kamen, "Sozialausschuss", OrganizationKind.Committee).Value;
            var unnaCouncil = Organization.Create(unna, "Rat der Stadt Unna", OrganizationKind.Council).Value;
            db.Organizations.AddRange(social, unnaCouncil);
            await db.SaveChangesAsync();
            return (social.Id, unnaCouncil.Id);
        });

        var passed = await PassAsync(s, s.Staff, committee);
        Assert.True(passed.IsSuccess, passed.Error?.Message);
        Assert.Equal("statement.target_unknown", (await PassAsync(s, s.Staff, foreignCouncil)).Error?.Code);
        Assert.Equal("members.not_assigned", (await PassAsync(s, s.OtherStaff, committee)).Error?.Code);
        Assert.Equal("members.staff_only", (await PassAsync(s, s.Member, committee)).Error?.Code);

        var paper = await s.ReadAsync(db => db.Papers.AsNoTracking().Include(p => p.Originators).SingleAsync());
        var step = await s.ReadAsync(db => db.Consultations.AsNoTracking().SingleAsync());
        Assert.Equal(("Stellungnahme", "1/2026"), (paper.PaperType, paper.Reference));
        Assert.Equal(s.OrganizationId, Assert.Single(paper.Originators).OrganizationId);
        Assert.Equal((committee, paper.Id), (step.OrganizationId!.Value, step.PaperId));
    }

    private static Task<Common.Result<int>> SubmitAsync(SessionScenario s, Viewer viewer, int? meetingId) =>
        s.RunAsync((db, audit) => new SubmitMotionHandler(db, audit, s.Clock).HandleAsync(new SubmitMotion(viewer, s.OrganizationId, meetingId,
            "Dolmetscherpool für Elterngespräche", "Die Verwaltung richtet einen Dolmetscherpool ein.", "Viele Eltern verstehen die Schulbriefe nicht."), None));

    private static Task<Common.Result<int>> PassAsync(SessionScenario s, Viewer viewer, int target) =>
        s.RunAsync((db, audit) => new PassStatementHandler(db, audit, s.Clock).HandleAsync(new PassStatement(viewer, s.OrganizationId, target,
            StatementKind.Opinion, "Stellungnahme zum Kita-Bedarfsplan", "Der Integrationsrat empfiehlt mehrsprachige Elternabende.", null), None));
}
