using System.Diagnostics;
using System.Text;
using Ratsnetz.Testing;

namespace Ratsnetz.Bench;

/// <summary>
/// <c>bench generate</c> and <c>bench oparl</c> end to end, as an operator runs them: separate processes, a tiny data
/// set and a tiny duration. Only that every scenario runs and reports is checked — speed is the benchmark's business.
/// </summary>
public sealed class BenchOParlCommandTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Bench_oparl_measures_every_scenario_against_the_ceiling_and_writes_the_result_file(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        var environment = Cli.CommandLineTests.Environment(database);
        var output = Path.Combine(database.DataDirectory, "result.md");

        var generated = await RunAsync(["bench", "generate", "--papers", "250", "--seed", "4"], environment);
        var measured = await RunAsync(["bench", "oparl", "--duration", "1", "--warmup", "0.3", "--server-warmup", "0.3", "--connections", "2", "--rounds", "2", "--output", output], environment);

        Assert.True(generated.ExitCode == 0, generated.Error);
        Assert.Contains("per paper:", generated.Output, StringComparison.Ordinal);
        Assert.True(measured.ExitCode == 0, measured.Output + measured.Error);
        var ceiling = Assert.Single(measured.Output.Split('\n'), l => l.StartsWith("ceiling ", StringComparison.Ordinal));
        Assert.DoesNotContain("first error", measured.Output, StringComparison.Ordinal);
        Assert.Contains("server peak memory", measured.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
        if (measured.Output.Contains("pending: OParl API not available", StringComparison.Ordinal))
        {
            Assert.Skip($"Only the ceiling was measured ({ceiling.Trim()}): the OParl API does not answer /oparl/v1/system yet.");
        }

        foreach (var scenario in new[] { "list ", "modified_since ", "objects " })
        {
            var line = Assert.Single(measured.Output.Split('\n'), l => l.StartsWith(scenario, StringComparison.Ordinal));
            Assert.DoesNotContain("pending", line, StringComparison.Ordinal);

            // The last column is the server's CPU per request, read from the process while it answered.
            Assert.True(double.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture, out var cpu) && cpu > 0, line);
        }

        Assert.Contains("| list |", await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    // The executable beside the test binaries: the one built with this test run, whatever the artifacts path.
    private static async Task<ProcessOutcome> RunAsync(IEnumerable<string> arguments, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ratsnetz.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = null;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessOutcome(process.ExitCode, await output, await error, false);
    }
}
