using Ratsnetz.Infrastructure;
using Ratsnetz.Pages;
using Ratsnetz.Testing;

namespace Ratsnetz.Journeys;

/// <summary>What the issue promises a visitor and a member of the Kamen Integrationsrat, end to end in a browser.</summary>
public sealed class MeetingJourneyTests
{
    private const string NonPublicTitle = "Veröffentlichung von Tagesordnungspunkten der nichtöffentlichen Sitzung";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_visitor_finds_the_Kamen_meeting_with_chair_attendance_and_paper(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            await browser.VisitAsync("/gremien");
            await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Integrationsrat der Stadt Kamen" }).First.ClickAsync();
            await browser.AssertAccessibleAsync();
            await browser.Page.Locator("tr").Filter(new() { HasText = "04.11.2021" }).Locator("a[href^='/sitzungen/']").First.ClickAsync();
            await browser.AssertAccessibleAsync();

            var meeting = new MeetingPage(browser.Page);
            Assert.Contains("Özkir", await meeting.ChairAsync(), StringComparison.Ordinal);
            Assert.Contains("Schulze", await meeting.MinuteTakerAsync(), StringComparison.Ordinal);
            Assert.Equal(16, await meeting.AttendeeCountAsync());
            Assert.Equal(4, await meeting.AbsenteeCountAsync());
            Assert.Equal(5, await meeting.PublicItemCountAsync());
            Assert.Contains("146/2021", await meeting.PublicItem("Integrationskonzept").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(2, await meeting.NonPublicItems.CountAsync());
            Assert.DoesNotContain(NonPublicTitle, await browser.Page.ContentAsync(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_member_signs_in_and_reads_the_non_public_part(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await PortalPagesTests.DemoIds.LoadAsync(browser.Server);
            var login = new LoginPage(browser.Page);
            await browser.VisitAsync("/anmelden");
            await login.SignInAsync("oezkir@ratsnetz.example", DemoPortal.DemoPassword);
            Assert.True(await login.SignedInAs.IsVisibleAsync());

            await browser.VisitAsync($"/sitzungen/{ids.KamenMeeting}");

            var meeting = new MeetingPage(browser.Page);
            Assert.Equal(2, await meeting.NonPublicItems.CountAsync());
            Assert.Contains(NonPublicTitle, await meeting.NonPublicItems.AllInnerTextsAsync() is var texts ? string.Join("\n", texts) : string.Empty, StringComparison.Ordinal);
        });
    }
}
