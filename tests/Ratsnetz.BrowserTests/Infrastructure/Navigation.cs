using Microsoft.Playwright;

namespace Ratsnetz.Infrastructure;

internal static class Navigation
{
    /// <summary>
    /// Clicks a link or submit button and waits for the document it leads to (after any redirect), also when that
    /// is the same address again (a refresh, a form answered with its own page).
    /// </summary>
    public static async Task ClickAndWaitAsync(this IPage page, ILocator target)
    {
        await page.RunAndWaitForResponseAsync(() => target.ClickAsync(), r => r.Request.IsNavigationRequest && r.Status < 300);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
