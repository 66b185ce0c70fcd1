using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.OParl;

/// <summary>What real OParl servers send, on a small fabricated server: the mirror takes it, counts it, goes on.</summary>
public sealed class MirrorToleranceTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task OParl_1_0_fields_odd_dates_and_missing_timestamps_map_onto_the_council_records(DatabaseKind kind)
    {
        await using var remote = await StaticOParlServer.ServeDocumentsAsync(FabricatedOParl.Documents());
        await using var database = await TestDatabases.CreateAsync(kind);
        var ct = TestContext.Current.CancellationToken;

        var summary = await MirrorRun.RunToEndAsync(database, remote.Url("/system"), new TestClock());

        Assert.True(summary.Complete);
        await using var db = database.CreateContext();
        var body = await db.Bodies.SingleAsync(ct);
        Assert.Equal("Stadt Musterhausen", body.Name);
        Assert.Equal("Wahlperiode 2020–2025", (await db.LegislativeTerms.SingleAsync(ct)).Name);
        var kinds = await db.Organizations.ToDictionaryAsync(o => o.Name, o => o.Kind, ct);
        Assert.Equal(OrganizationKind.Council, kinds["Rat der Stadt Musterhausen"]);
        Assert.Equal(OrganizationKind.Faction, kinds["Liste Vielfalt"]);
        Assert.Equal(OrganizationKind.IntegrationCouncil, kinds["Integrationsrat"]);
        var person = await db.People.SingleAsync(ct);
        Assert.Equal((Salutation.Frau, "Dr.", "Ayşe", "Yilmaz"), (person.Salutation!.Value, person.Title!, person.GivenName!, person.FamilyName));
        var membership = await db.Memberships.SingleAsync(ct);
        Assert.Equal((MembershipRole.Chair, "Vorsitzende", new DateOnly(2020, 11, 1)), (membership.Role, membership.Function!, membership.StartDate!.Value));

        var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Name == "3. Sitzung des Integrationsrates", ct);
        // No offset means Berlin wall-clock time; "Z" is UTC, 19:30 UTC is 20:30 in Berlin in March.
        Assert.Equal((new DateOnly(2024, 3, 5), new TimeOnly(17, 0), new TimeOnly(20, 30)), (meeting.Date!.Value, meeting.StartTime!.Value, meeting.EndTime!.Value));
        Assert.Equal("Ratssaal", (await db.Locations.SingleAsync(l => l.Id == meeting.LocationId, ct)).Description);
        var first = meeting.AgendaItems.Single(i => i.Number == "1");
        Assert.Equal((DecisionOutcome.Unanimous, "einstimmig beschlossen", "Der Integrationsrat empfiehlt mehr Sprachkurse."), (first.Outcome!.Value, first.ResultText!, first.ResolutionText!));
        Assert.False(meeting.AgendaItems.Single(i => i.Number == "2").IsPublic);

        var paper = await db.Papers.SingleAsync(ct);
        Assert.Equal(("Drs.12/2024", "Drucksache", new DateOnly(2024, 2, 20)), (paper.Reference!, paper.PaperType, paper.Date!.Value));
        Assert.Equal(paper.Id, first.PaperId);
        var consultation = await db.Consultations.SingleAsync(c => c.AgendaItemId == first.Id, ct);
        Assert.Equal((meeting.Id, "Entscheidung", true), (consultation.MeetingId!.Value, consultation.Role!, consultation.Authoritative));

        var dateOnly = await db.Meetings.SingleAsync(m => m.Name == "Sitzung ohne lesbares Gremium", ct);
        Assert.Equal((new DateOnly(2024, 4, 10), (TimeOnly?)null), (dateOnly.Date!.Value, dateOnly.StartTime));
        Assert.Equal(MirrorOParlSystemHandler.UnknownOrganizationName, (await db.Organizations.SingleAsync(o => o.Id == dateOnly.OrganizationId, ct)).Name);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Broken_links_duplicates_and_objects_without_id_are_counted_and_never_stop_the_run(DatabaseKind kind)
    {
        await using var remote = await StaticOParlServer.ServeDocumentsAsync(FabricatedOParl.Documents());
        await using var database = await TestDatabases.CreateAsync(kind);
        var ct = TestContext.Current.CancellationToken;

        var summary = await MirrorRun.RunToEndAsync(database, remote.Url("/system"), new TestClock());

        Assert.True(summary.Complete);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(1, summary.For("Meeting").Failed);
        Assert.Equal(2, summary.For("Meeting").Created);
        // organizations/404, meetings/99, agendaitems/99 and the content of files/2.
        Assert.Equal(4, summary.BrokenLinks);
        Assert.Equal(3, summary.For("Organization").Created);
        await using var db = database.CreateContext();
        var withoutContent = await db.Files.Include(f => f.Content).SingleAsync(f => f.Name == "Antrag", ct);
        Assert.Equal(("Wir beantragen mehr Sprachkurse.", (Council.Files.FileContent?)null, 0L), (withoutContent.Text!, withoutContent.Content, withoutContent.Size));
        var invitation = await db.Files.Include(f => f.Content).SingleAsync(f => f.Name == "Einladung", ct);
        Assert.Equal(FabricatedOParl.InvitationText, System.Text.Encoding.UTF8.GetString(invitation.Content!.Data));
        Assert.Equal(64, invitation.Sha256.Length);
        var withoutMeeting = await db.Consultations.SingleAsync(c => c.Role == "Kenntnisnahme", ct);
        Assert.Equal(((int?)null, (int?)null), (withoutMeeting.MeetingId, withoutMeeting.AgendaItemId));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_server_error_is_retried_with_back_off_and_the_run_completes(DatabaseKind kind)
    {
        await using var remote = await StaticOParlServer.ServeDocumentsAsync(FabricatedOParl.Documents());
        await using var database = await TestDatabases.CreateAsync(kind);
        remote.Fail("/body/1/meetings", 500, 503);

        var summary = await MirrorRun.RunToEndAsync(database, remote.Url("/system"), new TestClock());

        Assert.True(summary.Complete);
        Assert.Equal(0, summary.FailedPages);
        Assert.Equal(2, summary.For("Meeting").Created);
        Assert.Equal(3, remote.Requests.Count(r => r == "/body/1/meetings"));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_list_that_keeps_failing_is_counted_and_the_run_is_not_complete(DatabaseKind kind)
    {
        await using var remote = await StaticOParlServer.ServeDocumentsAsync(FabricatedOParl.Documents());
        await using var database = await TestDatabases.CreateAsync(kind);
        remote.Fail("/body/1/people", 500, 500, 500, 500);

        var summary = await MirrorRun.RunToEndAsync(database, remote.Url("/system"), new TestClock());

        Assert.False(summary.Complete);
        Assert.Equal(1, summary.FailedPages);
        Assert.Equal(2, summary.For("Meeting").Created);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_later_run_asks_for_changes_since_the_last_one_and_updates_in_place(DatabaseKind kind)
    {
        var documents = FabricatedOParl.Documents();
        await using var remote = await StaticOParlServer.ServeDocumentsAsync(documents);
        await using var database = await TestDatabases.CreateAsync(kind);
        var clock = new TestClock();
        var ct = TestContext.Current.CancellationToken;
        await MirrorRun.RunToEndAsync(database, remote.Url("/system"), clock);
        int meetingId;
        await using (var db = database.CreateContext())
        {
            meetingId = (await db.Meetings.SingleAsync(m => m.Name == "3. Sitzung des Integrationsrates", ct)).Id;
        }

        documents["/body/1/meetings"] = documents["/body/1/meetings"].Replace("3. Sitzung des Integrationsrates", "3. Sitzung (verlegt)", StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromDays(2));
        var second = await MirrorRun.RunToEndAsync(database, remote.Url("/system"), clock);

        var since = Uri.EscapeDataString((TestClock.DefaultNow - MirrorOParlSystemHandler.SafetyMargin).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"/body/1/meetings?modified_since={since}", remote.Requests);
        Assert.Equal((0, 1), (second.For("Meeting").Created, second.For("Meeting").Updated));
        Assert.All(second.PerType.Values, c => Assert.Equal(0, c.Created));
        await using var check = database.CreateContext();
        Assert.Equal("3. Sitzung (verlegt)", (await check.Meetings.SingleAsync(m => m.Id == meetingId, ct)).Name);
        Assert.Equal(2, await check.Meetings.CountAsync(ct));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_unreachable_system_is_an_error_that_says_where(DatabaseKind kind)
    {
        await using var remote = await StaticOParlServer.ServeDocumentsAsync(FabricatedOParl.Documents());
        await using var database = await TestDatabases.CreateAsync(kind);

        var result = await MirrorRun.RunAsync(database, remote.Url("/nicht-da"), new TestClock(), TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        Assert.Contains(remote.Url("/nicht-da"), result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("404", result.Error.Message, StringComparison.Ordinal);
    }
}
