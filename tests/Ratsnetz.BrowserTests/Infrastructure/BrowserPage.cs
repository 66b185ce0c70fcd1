using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Ratsnetz.Testing;

namespace Ratsnetz.Infrastructure;

/// <summary>A browser page that checks accessibility wherever it goes and keeps a trace when a test fails.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page, PortalServer server) : IAsyncDisposable
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private readonly List<string> _visited = [];

    public IPage Page => page;

    public PortalServer Server => server;

    /// <summary>Goes to a path, expects success, and runs axe-core on the page: zero violations allowed.</summary>
    public async Task<IResponse> VisitAsync(string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}");
        Assert.Equal(expectedStatus, response.Status);
        await AssertAccessibleAsync();
        return response;
    }

    public async Task AssertAccessibleAsync()
    {
        _visited.Add(page.Url);
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags.ToList() } });
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target?.ToString() ?? "")))}").ToList();
        Assert.True(violations.Count == 0, $"axe-core violations on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Keeps a full-page screenshot and a Playwright trace of a failed test under TestResults/browser.</summary>
    public async Task KeepEvidenceAsync(string testName)
    {
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, "TestResults", "browser");
        Directory.CreateDirectory(folder);
        var name = string.Concat(testName.Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(folder, $"{name}.trace.zip") });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
