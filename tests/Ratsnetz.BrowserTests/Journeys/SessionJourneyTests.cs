using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.Infrastructure;
using Ratsnetz.Pages;
using Ratsnetz.Pages.Sessions;
using Ratsnetz.Testing;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Journeys;

/// <summary>
/// Issue 5's journey: the Geschäftsführung of the Kamen Integrationsrat plans a meeting, builds its agenda, sends the
/// invitation, holds the meeting (attendance, bias, votes incl. a roll call), the chair and the minute taker sign the
/// minutes with their own accounts, and the Geschäftsführung publishes them. axe-core runs on every page visited.
/// </summary>
public sealed class SessionJourneyTests
{
    private const string Management = "gf-kamen@ratsnetz.example";
    private const string Chair = "oezkir@ratsnetz.example";
    private const string MinuteTaker = "schulze@ratsnetz.example";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Geschaeftsfuehrung_plans_invites_holds_and_publishes_a_meeting(DatabaseKind kind)
    {
        BrowserSession.SkipWithoutBrowser();
        await using var server = await PortalServer.StartAsync(kind);
        var cast = await JourneyCast.LoadAsync(server);
        var meetingId = 0;

        await BrowserSession.RunAsync(server, async browser =>
        {
            var s = new SessionPages(browser.Page);
            await SignInAsync(browser, Management);
            await browser.VisitAsync($"/gremien/{cast.CouncilId}");
            await browser.Page.GetByTestId("planning-link").ClickAsync();
            await browser.AssertAccessibleAsync();

            await s.SetSeatsAsync(17);
            await browser.AssertAccessibleAsync();
            await s.SetTemplateAsync("Einwohnerfragestunde", "Mitteilungen der Verwaltung");
            await browser.AssertAccessibleAsync();

            // The test clock stands at 21 November 2026; the meeting is on 10 December.
            meetingId = await s.ScheduleAsync("10.12.2026", "17:00");
            await browser.AssertAccessibleAsync();
            await s.AddItemAsync(true, "Zuschuss für das Sommerfest der Kulturen");
            await s.AddItemAsync(true, "Sprachkurse für Eltern");
            await s.AddItemAsync(true, "Kosten und Träger", parentNumber: "3");
            await s.AddItemAsync(false, "Personalangelegenheit Integrationsbüro");
            await browser.AssertAccessibleAsync();
            await s.MoveUpAsync("Sprachkurse für Eltern");
            await browser.AssertAccessibleAsync();
            // The sub-item moves with its parent: Sprachkurse (with 3.1) becomes 2, the closing standard item stays last.
            Assert.Equal(["A 1", "A 2", "A 2.1", "A 3", "A 4"], await s.ItemNumbersAsync("agenda-public"));
            Assert.Equal("A 2", await s.AgendaItem("Sprachkurse für Eltern").GetByTestId("item-number").InnerTextAsync());
            Assert.Equal(["B 1"], await s.ItemNumbersAsync("agenda-non-public"));

            // A refused step shows the error summary and keeps the input; the page stays accessible.
            await browser.Page.FillAsync("#add-title", string.Empty);
            await browser.Page.Locator("#add-title").EvaluateAsync("e => e.removeAttribute('required')");
            await s.SubmitAsync("#add");
            Assert.True(await s.Error.IsVisibleAsync());
            await browser.AssertAccessibleAsync();

            await s.OpenAsync("Einladung und Ladungsfrist");
            await browser.AssertAccessibleAsync();
            await s.RecordDispatchAsync("2026-11-30");
            await browser.AssertAccessibleAsync();
            Assert.True(await browser.Page.GetByTestId("invitation-in-time").IsVisibleAsync());

            await s.OpenAsync("Sitzung durchführen");
            await browser.AssertAccessibleAsync();
            await s.RecordAttendanceAsync(cast.ChairName, "Present", "Chair", "17:00");
            await s.RecordAttendanceAsync(cast.Members[0], "Present", "Member", "17:00");
            await s.RecordAttendanceAsync(cast.Members[1], "Present", "Member", "17:10", "18:30");
            await s.RecordAttendanceAsync(cast.Members[2], "Excused", "Member");
            await s.RecordOtherPersonAsync(cast.Outsider, "Present", "DeputyMember", "17:00", substituteFor: cast.Members[2]);
            await s.RecordPersonAsync(cast.MinuteTakerName, "Present", "MinuteTaker", "17:00");
            await browser.AssertAccessibleAsync();

            await s.PickItemAsync("A 2");
            await browser.AssertAccessibleAsync();
            await s.AddSpeakerAsync(cast.Members[0], "fragt nach den Kursorten");
            await s.VoteCountsAsync(3, 0, 1, "Der Integrationsrat begrüßt die Sprachkurse.");
            await browser.AssertAccessibleAsync();
            Assert.Contains("mehrheitlich beschlossen", await s.VoteResultAsync(), StringComparison.Ordinal);

            await s.PickItemAsync("A 3");
            await s.DeclareBiasAsync(cast.Members[1], "Vorstand des Vereins");
            await s.CheckQuorumAtAsync("17:30");
            await browser.AssertAccessibleAsync();
            Assert.Contains("1 wegen Befangenheit nicht gezählt", await s.QuorumAsync(), StringComparison.Ordinal);
            await s.VoteRollCallAsync(new Dictionary<string, string> { [cast.ChairName] = "Yes", [cast.Members[0]] = "No", [cast.Outsider] = "Yes" },
                "Der Integrationsrat empfiehlt den Zuschuss.");
            await browser.AssertAccessibleAsync();
            Assert.Contains("namentlich", await s.VoteResultAsync(), StringComparison.Ordinal);
            Assert.Contains("2 Ja, 1 Nein", await s.VoteResultAsync(), StringComparison.Ordinal);

            await s.OpenAsync("Änderungsprotokoll");
            await browser.AssertAccessibleAsync();
            Assert.True(await browser.Page.GetByTestId("audit-log").Locator("tbody tr").CountAsync() > 10);
        });

        await AddMinuteTakerAccountAsync(server, cast.MinuteTakerPersonId);
        foreach (var (account, button) in new[] { (Chair, "Als Vorsitz unterzeichnen"), (MinuteTaker, "Als Schriftführung unterzeichnen") })
        {
            await BrowserSession.RunAsync(server, async browser =>
            {
                await SignInAsync(browser, account);
                await browser.VisitAsync($"/sitzungen/{meetingId}/niederschrift");
                await browser.Page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
                await browser.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
                await browser.AssertAccessibleAsync();
            });
        }

        await BrowserSession.RunAsync(server, async browser =>
        {
            await SignInAsync(browser, Management);
            await browser.VisitAsync($"/sitzungen/{meetingId}");
            await browser.Page.GetByTestId("minutes-manage").ClickAsync();
            await browser.AssertAccessibleAsync();
            await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Niederschrift veröffentlichen" }).ClickAsync();
            await browser.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            await browser.AssertAccessibleAsync();
            Assert.Equal("Veröffentlicht", (await browser.Page.GetByTestId("minutes-state").InnerTextAsync()).Trim());

            // The published public minutes show the record made during the meeting, without part B.
            var minutes = await browser.Page.APIRequest.GetAsync($"/sitzungen/{meetingId}/niederschrift/oeffentlich/html");
            var text = await minutes.TextAsync();
            Assert.Contains("Der Integrationsrat empfiehlt den Zuschuss.", text, StringComparison.Ordinal);
            Assert.Contains(cast.Outsider, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Personalangelegenheit Integrationsbüro", text, StringComparison.Ordinal);
        });
    }

    internal static async Task SignInAsync(BrowserPage browser, string email)
    {
        await browser.VisitAsync("/anmelden");
        var login = new LoginPage(browser.Page);
        await login.SignInAsync(email, DemoPortal.DemoPassword);
        Assert.True(await login.SignedInAs.IsVisibleAsync());
        await browser.AssertAccessibleAsync();
    }

    /// <summary>The demo has no account for the minute taker; the operator would add one with `users add --person`.</summary>
    internal static async Task AddMinuteTakerAccountAsync(PortalServer server, int personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var added = await accounts.AddUserAsync(new NewAccount(MinuteTaker, DemoPortal.DemoPassword, Roles.Member, "Hanna Schulze", PersonId: personId), CancellationToken.None);
        Assert.True(added.IsSuccess, added.Error?.Message);
    }
}

/// <summary>The people of the journey, read from the demo data at run time: the chair, three members, the minute taker and a non-member.</summary>
internal sealed record JourneyCast(int CouncilId, string ChairName, IReadOnlyList<string> Members, string MinuteTakerName, int MinuteTakerPersonId, string Outsider)
{
    public static async Task<JourneyCast> LoadAsync(PortalServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var kamen = await db.Bodies.AsNoTracking().Where(b => b.ShortName == "Kamen").Select(b => b.Id).SingleAsync();
        var council = await db.Organizations.AsNoTracking().Where(o => o.BodyId == kamen && o.Kind == OrganizationKind.IntegrationCouncil).Select(o => o.Id).SingleAsync();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == council && !m.Deleted).ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => p.BodyId == kamen).ToListAsync();
        string Name(int id) => people.Single(p => p.Id == id).Name;
        var chair = memberships.Single(m => m.Role == MembershipRole.Chair).PersonId;
        var members = memberships.Where(m => m.Role == MembershipRole.Member && m.VotingRight).Select(m => Name(m.PersonId)).Where(n => n != Name(chair)).Order(StringComparer.Ordinal).Take(4).ToList();
        var schulze = people.Single(p => p.FamilyName == "Schulze");
        var outsider = people.Where(p => memberships.All(m => m.PersonId != p.Id) && p.Id != schulze.Id).OrderBy(p => p.Id).First();
        members.Remove(schulze.Name);
        return new JourneyCast(council, Name(chair), members, schulze.Name, schulze.Id, outsider.Name);
    }
}
