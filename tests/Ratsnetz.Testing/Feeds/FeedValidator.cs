using System.Diagnostics;
using System.Text.Json;

namespace Ratsnetz.Testing.Feeds;

/// <summary>
/// Parses calendars with ical.js and Atom feeds with feedparser (tests/feed-validator, installed by <c>npm ci</c>,
/// which CI does), i.e. the way subscribing clients read them. Skips the test with the reason when node or the
/// packages are missing, and fails instead where <c>RATSNETZ_TEST_FEED_VALIDATOR=required</c> (as in CI).
/// </summary>
public static class FeedValidator
{
    public const string RequiredVariable = "RATSNETZ_TEST_FEED_VALIDATOR";

    /// <summary>What the parser made of the text, or the parser's error as <c>{"error": …}</c>.</summary>
    public static async Task<JsonElement> ParseAsync(string kind, string text)
    {
        var directory = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "feed-validator");
        var node = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "node"))
            .FirstOrDefault(File.Exists);
        var reason = node is null ? "node is not installed (Debian: apt-get install nodejs npm)"
            : !File.Exists(Path.Combine(directory, "node_modules", "ical.js", "package.json")) || !File.Exists(Path.Combine(directory, "node_modules", "feedparser", "package.json"))
                ? "ical.js and feedparser are not installed; run `cd tests/feed-validator && npm ci` (CI does)"
                : null;
        if (reason is not null)
        {
            if (Environment.GetEnvironmentVariable(RequiredVariable) == "required")
            {
                Assert.Fail($"Feed validation cannot run: {reason} ({RequiredVariable}=required)");
            }

            Assert.Skip($"Feed validation skipped: {reason}.");
        }

        var file = Path.Combine(Path.GetTempPath(), $"ratsnetz-feed-{Guid.NewGuid():N}.{kind}");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var start = new ProcessStartInfo(node!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = directory,
            };
            start.ArgumentList.Add(Path.Combine(directory, "parse.mjs"));
            start.ArgumentList.Add(kind);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await output;
            if (string.IsNullOrWhiteSpace(json))
            {
                throw new InvalidOperationException($"The feed validator printed nothing: {await error}");
            }

            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
