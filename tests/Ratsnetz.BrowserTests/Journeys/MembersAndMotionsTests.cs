using Microsoft.Playwright;
using Ratsnetz.Infrastructure;
using Ratsnetz.Pages;
using Ratsnetz.Testing;

namespace Ratsnetz.Journeys;

/// <summary>
/// The Geschäftsführung of the Kamen Integrationsrat keeps its member records, and its chair submits a motion — without
/// JavaScript-only steps, with axe-core on every page, the refused forms included.
/// </summary>
public sealed class MembersAndMotionsTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Geschaeftsfuehrung_adds_a_seat_after_a_refused_try(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await PortalPagesTests.DemoIds.LoadAsync(browser.Server);
            await new LoginPage(browser.Page).SignInAsync("gf-kamen@ratsnetz.example", DemoPortal.DemoPassword);
            await browser.VisitAsync($"/gremien/{ids.KamenIntegrationCouncil}?stichtag=2021-11-04");
            Assert.True(await browser.Page.Locator("[data-testid=composition-warning]").IsVisibleAsync());
            await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Mitglieder verwalten" }).ClickAsync();
            await browser.AssertAccessibleAsync();

            var form = browser.Page.Locator("[data-testid=add-seat]");
            await form.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Label = "Hanna Schulze" });
            await form.GetByLabel("Rolle").SelectOptionAsync("AdvisoryMember");
            await form.GetByLabel("Stimmrecht").SelectOptionAsync("yes");
            await form.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.Locator("[data-testid=members-errors]").WaitForAsync();
            await browser.AssertAccessibleAsync();

            await form.GetByLabel("Stimmrecht").SelectOptionAsync("auto");
            await form.GetByLabel("Beginn").FillAsync("2026-12-01");
            await form.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.WaitForURLAsync(url => url.EndsWith("/mitglieder", StringComparison.Ordinal));
            Assert.Equal(0, await browser.Page.Locator("[data-testid=members-errors]").CountAsync());
            await browser.Page.Locator("[data-testid=roster-line]").Filter(new() { HasText = "Beratendes Mitglied" }).GetByRole(AriaRole.Link).ClickAsync();
            await browser.AssertAccessibleAsync();
            Assert.Equal("2026-12-01", await browser.Page.GetByLabel("Beginn").InputValueAsync());
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_chair_submits_a_motion_and_reads_it_as_a_paper(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await PortalPagesTests.DemoIds.LoadAsync(browser.Server);
            await new LoginPage(browser.Page).SignInAsync("oezkir@ratsnetz.example", DemoPortal.DemoPassword);
            await browser.VisitAsync($"/gremien/{ids.KamenIntegrationCouncil}");
            await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Antrag stellen" }).ClickAsync();
            await browser.AssertAccessibleAsync();

            var form = browser.Page.Locator("[data-testid=motion-form]");
            await form.GetByLabel("Betreff").FillAsync("Dolmetscherpool für Elterngespräche");
            await form.GetByTestId("motion-submit").ClickAsync();
            await browser.Page.Locator("[data-testid=motion-errors]").WaitForAsync();
            await browser.AssertAccessibleAsync();

            await form.GetByLabel("Beschlussvorschlag").FillAsync("Die Verwaltung richtet einen Dolmetscherpool ein.");
            await form.GetByLabel("Begründung").FillAsync("Viele Eltern verstehen die Schulbriefe nicht.");
            await form.GetByTestId("motion-submit").ClickAsync();
            await browser.Page.WaitForURLAsync("**/vorlagen/*");
            await browser.AssertAccessibleAsync();
            Assert.Contains("Dolmetscherpool ein.", await browser.Page.GetByTestId("motion-request").InnerTextAsync(), StringComparison.Ordinal);
        });
    }
}
