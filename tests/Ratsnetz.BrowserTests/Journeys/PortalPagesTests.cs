using Microsoft.EntityFrameworkCore;
using Ratsnetz.Infrastructure;
using Ratsnetz.Testing;

namespace Ratsnetz.Journeys;

/// <summary>Every page type of the public portal, in a real browser, with axe-core on each (BITV 2.0 / WCAG 2.1 AA).</summary>
public sealed class PortalPagesTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Every_page_type_has_no_accessibility_violations(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await DemoIds.LoadAsync(browser.Server);
            string[] paths =
            [
                "/", "/gremien", $"/gremien/{ids.KamenIntegrationCouncil}", "/sitzungen", $"/sitzungen/{ids.KamenMeeting}",
                $"/sitzungen/{ids.BergkamenMeeting}", $"/personen/{ids.Oezkir}", $"/vorlagen/{ids.Paper146}", "/anmelden",
            ];
            foreach (var path in paths)
            {
                await browser.VisitAsync(path);
            }

            if (ids.PublicFile is { } file)
            {
                await browser.VisitAsync($"/dateien/{file}");
            }

            await browser.VisitAsync("/gibt-es-nicht", expectedStatus: 404);
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_English_interface_is_accessible_too(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await DemoIds.LoadAsync(browser.Server);
            await browser.VisitAsync("/sprache?c=en&back=/");
            Assert.Equal("en", await browser.Page.GetAttributeAsync("html", "lang"));
            await browser.VisitAsync($"/sitzungen/{ids.KamenMeeting}");
            Assert.Equal("en", await browser.Page.GetAttributeAsync("html", "lang"));
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_skip_link_is_the_first_stop_and_leads_to_the_content(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            await browser.VisitAsync("/");
            await browser.Page.Keyboard.PressAsync("Tab");
            var href = await browser.Page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.Equal(1, await browser.Page.Locator($"main{href}, main {href}, {href}").CountAsync());
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_printed_meeting_page_leaves_out_navigation(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await DemoIds.LoadAsync(browser.Server);
            await browser.VisitAsync($"/sitzungen/{ids.KamenMeeting}");
            await browser.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

            Assert.False(await browser.Page.Locator("nav").First.IsVisibleAsync());
            Assert.True(await browser.Page.Locator("main").IsVisibleAsync());
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Pages_work_on_a_phone_sized_screen_without_sideways_scrolling(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var ids = await DemoIds.LoadAsync(browser.Server);
            await browser.Page.SetViewportSizeAsync(360, 740);
            await browser.VisitAsync($"/sitzungen/{ids.KamenMeeting}");

            var overflow = await browser.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow);
        });
    }

    internal sealed record DemoIds(int KamenIntegrationCouncil, int KamenMeeting, int BergkamenMeeting, int Oezkir, int Paper146, int? PublicFile)
    {
        public static Task<DemoIds> LoadAsync(PortalServer server) => DemoQueries.WithDbAsync(server, async db =>
        {
            var kamenMeeting = await db.Meetings.SingleAsync(m => m.Date == new DateOnly(2021, 11, 4));
            var bergkamen = await db.Bodies.SingleAsync(b => b.ShortName == "Bergkamen");
            var bergkamenCouncil = await db.Organizations.SingleAsync(o => o.BodyId == bergkamen.Id && o.Kind == Council.Organizations.OrganizationKind.IntegrationCouncil);
            var bergkamenMeeting = await db.Meetings.FirstAsync(m => m.OrganizationId == bergkamenCouncil.Id);
            var oezkir = await db.People.SingleAsync(p => p.FamilyName == "Özkir");
            var paper = await db.Papers.SingleAsync(p => p.Reference == "146/2021");
            var file = await db.Files.Where(f => f.IsPublic).Select(f => (int?)f.Id).FirstOrDefaultAsync();
            return new DemoIds(kamenMeeting.OrganizationId, kamenMeeting.Id, bergkamenMeeting.Id, oezkir.Id, paper.Id, file);
        });
    }
}
