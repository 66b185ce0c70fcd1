using Microsoft.Playwright;
using Ratsnetz.Infrastructure;
using Ratsnetz.Pages;
using Ratsnetz.Testing;

namespace Ratsnetz.Journeys;

/// <summary>
/// An administrator keeps a municipality's legislative terms and organizations, a body's description and a member's name — reached by
/// links, without JavaScript-only steps, with axe-core on every page, the refused forms included.
/// </summary>
public sealed class AdminPagesTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_administrator_keeps_terms_descriptions_and_names(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await PortalPagesTests.DemoIds.LoadAsync(browser.Server);
            await new LoginPage(browser.Page).SignInAsync("admin@ratsnetz.example", DemoPortal.DemoPassword);
            await browser.VisitAsync("/gremien");
            await browser.Page.GetByTestId("terms-link").First.ClickAsync();
            await browser.AssertAccessibleAsync();

            var add = browser.Page.Locator("[data-testid=add-term]");
            await add.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.Locator("[data-testid=admin-errors]").WaitForAsync();
            await browser.AssertAccessibleAsync();
            await add.GetByLabel("Bezeichnung").FillAsync("Wahlperiode 2030–2035");
            await add.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.WaitForURLAsync(url => url.EndsWith("/wahlperioden", StringComparison.Ordinal));
            Assert.Equal(0, await browser.Page.Locator("[data-testid=admin-errors]").CountAsync());
            Assert.True(await browser.Page.Locator("[data-testid=revise-term]").Filter(new() { HasText = "Wahlperiode 2030–2035" }).IsVisibleAsync());

            await browser.VisitAsync("/gremien");
            await browser.Page.GetByTestId("add-organization-link").First.ClickAsync();
            await browser.AssertAccessibleAsync();
            var addOrganization = browser.Page.Locator("[data-testid=add-organization]");
            await addOrganization.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.Locator("[data-testid=admin-errors]").WaitForAsync();
            await browser.AssertAccessibleAsync();

            await browser.VisitAsync($"/gremien/{ids.KamenIntegrationCouncil}");
            await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Beschreibung bearbeiten" }).ClickAsync();
            await browser.AssertAccessibleAsync();
            var describe = browser.Page.Locator("[data-testid=describe-organization]");
            await describe.GetByLabel("Name", new() { Exact = true }).FillAsync(string.Empty);
            await describe.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.Locator("[data-testid=admin-errors]").WaitForAsync();
            await browser.AssertAccessibleAsync();

            await browser.VisitAsync($"/personen/{ids.Oezkir}");
            await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Namen korrigieren" }).ClickAsync();
            await browser.AssertAccessibleAsync();
            var rename = browser.Page.Locator("[data-testid=rename-person]");
            await rename.GetByLabel("Nachname").FillAsync(string.Empty);
            await rename.GetByRole(AriaRole.Button).ClickAsync();
            await browser.Page.Locator("[data-testid=admin-errors]").WaitForAsync();
            await browser.AssertAccessibleAsync();
        });
    }
}
