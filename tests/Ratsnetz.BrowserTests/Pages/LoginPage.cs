using Microsoft.Playwright;

namespace Ratsnetz.Pages;

/// <summary>The sign-in form (/anmelden).</summary>
public sealed class LoginPage(IPage page)
{
    private static class Selectors
    {
        public const string Form = "[data-testid=login-form]";
        public const string SignedInAs = "[data-testid=signed-in-as]";
    }

    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/anmelden");
        var form = page.Locator(Selectors.Form);
        await form.Locator("input[type=email]").FillAsync(email);
        await form.Locator("input[type=password]").FillAsync(password);
        await form.Locator("button[type=submit], input[type=submit]").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public ILocator SignedInAs => page.Locator(Selectors.SignedInAs);
}
