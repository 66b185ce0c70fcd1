using Ratsnetz.Infrastructure;
using Ratsnetz.Pages;
using Ratsnetz.Testing;

namespace Ratsnetz.Journeys;

/// <summary>A visitor searches from the header, narrows the results, pages on and follows a hit; axe-core on each page.</summary>
public sealed class SearchJourneyTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_visitor_finds_a_paper_by_a_word_without_umlauts_and_follows_it(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var search = new SearchPage(browser.Page);
            await browser.VisitAsync("/");

            await search.SearchFromHeaderAsync("Integrationskonzepte");
            await browser.AssertAccessibleAsync();
            Assert.Equal("Integrationskonzepte", await search.Field.InputValueAsync());
            Assert.Contains("Treffer", await search.Count.InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await search.Hits.CountAsync() > 1);
            Assert.True(await search.Hits.First.Locator("mark").CountAsync() > 0);

            await search.NarrowToKindAsync("paper");
            await browser.AssertAccessibleAsync();
            Assert.All(await search.Hits.EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.kind)"), k => Assert.Equal("paper", k));

            await browser.VisitAsync("/suche?q=Oezkir");
            await search.Hits.First.Locator("h3 a").ClickAsync();
            await browser.Page.WaitForURLAsync("**/personen/*");
            await browser.AssertAccessibleAsync();
            Assert.Contains("Özkir", await browser.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_search_page_is_accessible_empty_with_an_error_and_across_pages(DatabaseKind kind)
    {
        await BrowserSession.RunAsync(kind, async browser =>
        {
            var search = new SearchPage(browser.Page);
            await browser.VisitAsync("/suche");
            await browser.VisitAsync("/suche?q=Rat&jahr=zwanzig");
            Assert.Equal("true", await browser.Page.Locator("#suche-q").GetAttributeAsync("aria-invalid"));
            await browser.VisitAsync("/suche?q=Integrationsrat");
            await search.Next.ClickAsync();
            await browser.Page.WaitForURLAsync("**seite=2**");
            await browser.AssertAccessibleAsync();
            await browser.VisitAsync("/suche?q=Xylophonorchester");
            Assert.Contains("Keine Treffer", await search.Count.InnerTextAsync(), StringComparison.Ordinal);
        });
    }
}
