using Microsoft.Playwright;
using Ratsnetz.Infrastructure;

namespace Ratsnetz.Pages;

/// <summary>The upload form (/hochladen) and the status page of one upload (/hochladen/{id}).</summary>
public sealed class UploadPage(IPage page)
{
    private static class Selectors
    {
        public const string Form = "[data-testid=upload-form]";
        public const string Submit = "[data-testid=upload-submit]";
        public const string Status = "[data-testid=upload-status]";
        public const string Refresh = "[data-testid=refresh-link]";
        public const string ReviewLink = "[data-testid=review-link]";
        public const string Error = "[data-testid=upload-error]";
    }

    public async Task UploadAsync(string fileName, byte[] content)
    {
        var form = page.Locator(Selectors.Form);
        await form.GetByLabel("Dokument", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/plain", Buffer = content });
        await page.ClickAndWaitAsync(page.Locator(Selectors.Submit));
    }

    public Task<string?> StatusAsync() => page.Locator(Selectors.Status).GetAttributeAsync("data-status");

    public Task<string> ErrorAsync() => page.Locator(Selectors.Error).InnerTextAsync();

    /// <summary>Reloads the status by its link (no script, no automatic refresh), as a keyboard user would.</summary>
    public async Task RefreshAsync()
    {
        await page.ClickAndWaitAsync(page.Locator(Selectors.Refresh));
    }

    public async Task OpenReviewAsync()
    {
        await page.ClickAndWaitAsync(page.Locator(Selectors.ReviewLink));
    }
}
