using Microsoft.Playwright;

namespace Ratsnetz.Pages;

/// <summary>The search page (/suche) and the search form in the page header.</summary>
public sealed class SearchPage(IPage page)
{
    private static class Selectors
    {
        public const string HeaderField = "header [role=search] input[type=search]";
        public const string Field = "main [role=search] input[type=search]";
        public const string Kind = "main select[name=typ]";
        public const string Count = "[data-testid=search-count]";
        public const string Hit = "[data-testid=search-hit]";
        public const string Next = "nav.pager a[rel=next]";
    }

    /// <summary>Types into the header's search field and presses Enter, as a visitor on any page would.</summary>
    public async Task SearchFromHeaderAsync(string text)
    {
        await page.Locator(Selectors.HeaderField).FillAsync(text);
        await page.Locator(Selectors.HeaderField).PressAsync("Enter");
        await page.WaitForURLAsync("**/suche?**");
    }

    public async Task NarrowToKindAsync(string kind)
    {
        await page.Locator(Selectors.Kind).SelectOptionAsync(kind);
        await page.Locator("main [role=search] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public ILocator Field => page.Locator(Selectors.Field);

    public ILocator Count => page.Locator(Selectors.Count);

    public ILocator Hits => page.Locator(Selectors.Hit);

    public ILocator Next => page.Locator(Selectors.Next);
}
