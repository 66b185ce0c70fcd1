using Microsoft.Playwright;
using Ratsnetz.Testing;

namespace Ratsnetz.Infrastructure;

/// <summary>
/// One headless system Chromium per test run, driven by Playwright. Without a browser the tests skip with the
/// reason; CI installs Debian's chromium and sets RATSNETZ_CHROMIUM.
/// </summary>
public static class BrowserSession
{
    private static readonly Lazy<Task<IBrowser>> Browser = new(LaunchAsync);

    public static string? ChromiumPath =>
        Environment.GetEnvironmentVariable("RATSNETZ_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured) ? configured
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;

    /// <summary>Runs a browser test on a fresh page (own cookies); a failure leaves a screenshot and a trace.</summary>
    public static async Task RunAsync(DatabaseKind kind, Func<BrowserPage, Task> test, string locale = "de-DE")
    {
        SkipWithoutBrowser();
        await RunAsync(await DemoPortal.GetAsync(kind), test, locale);
    }

    /// <summary>As above, on a server of the test's own (for journeys that change data).</summary>
    public static async Task RunAsync(PortalServer server, Func<BrowserPage, Task> test, string locale = "de-DE")
    {
        await using var browserPage = await OpenAsync(server, locale);
        try
        {
            await test(browserPage);
        }
        catch (Exception e) when (e is not Xunit.Sdk.SkipException)
        {
            await browserPage.KeepEvidenceAsync(TestContext.Current.Test?.TestDisplayName ?? "browser-test");
            throw;
        }
    }

    public static void SkipWithoutBrowser()
    {
        if (ChromiumPath is null)
        {
            Assert.Skip("Browser test skipped: no Chromium found (install Debian's chromium or set RATSNETZ_CHROMIUM).");
        }
    }

    private static async Task<BrowserPage> OpenAsync(PortalServer server, string locale)
    {
        SkipWithoutBrowser();
        var browser = await Browser.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = locale });
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        return new BrowserPage(context, await context.NewPageAsync(), server);
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these Chromium reaches out to Google's services, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }
}
