using Microsoft.Playwright;
using Ratsnetz.Infrastructure;

namespace Ratsnetz.Pages;

/// <summary>The review of one import (/pruefung/{id}): document text beside the facts, corrections, confirmation.</summary>
public sealed class ReviewPage(IPage page)
{
    private static class Selectors
    {
        public const string Lines = "[data-testid=document-lines] li";
        public const string HeaderForm = "[data-testid=header-form]";
        public const string Start = "[data-testid=review-start]";
        public const string Errors = "[data-testid=review-errors]";
        public const string Saved = "[data-testid=review-saved]";
        public const string History = "[data-testid=history-entry]";
        public const string Confirm = "[data-testid=confirm-review]";
        public const string State = "[data-testid=review-state]";
        public const string Attendance = "[data-testid=review-attendance]";
        public const string SourceLink = "[data-testid=source-link]";
    }

    public Task<int> LineCountAsync() => page.Locator(Selectors.Lines).CountAsync();

    public Task<int> AttendanceCountAsync() => page.Locator(Selectors.Attendance).CountAsync();

    public ILocator SourceLinks => page.Locator(Selectors.SourceLink);

    public Task<string> StartAsync() => page.Locator(Selectors.Start).InnerTextAsync();

    public Task<string> StateAsync() => page.Locator(Selectors.State).InnerTextAsync();

    public ILocator Errors => page.Locator(Selectors.Errors);

    public ILocator Saved => page.Locator(Selectors.Saved);

    public ILocator History => page.Locator(Selectors.History);

    /// <summary>Opens "Sitzungsdaten korrigieren", sets start and end, and saves.</summary>
    public async Task CorrectTimesAsync(string start, string end)
    {
        var form = page.Locator(Selectors.HeaderForm);
        if (!await form.IsVisibleAsync())
        {
            await page.GetByText("Sitzungsdaten korrigieren").ClickAsync();
        }

        await form.Locator("#header-start").FillAsync(start);
        await form.Locator("#header-end").FillAsync(end);
        Assert.Equal(end, await form.Locator("#header-end").InputValueAsync());
        await page.ClickAndWaitAsync(form.GetByRole(AriaRole.Button, new() { Name = "Korrektur speichern" }));
    }

    public async Task ConfirmAsync()
    {
        await page.ClickAndWaitAsync(page.Locator(Selectors.Confirm));
    }
}
