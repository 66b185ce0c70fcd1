using System.Diagnostics;
using System.Text;

namespace Ratsnetz.Testing;

/// <summary>Runs the built <c>ratsnetz</c> executable as a separate process, as an operator would.</summary>
public static class RatsnetzProcess
{
    public static string ExecutablePath
    {
        get
        {
            // The test binaries live in artifacts/bin/<Project>/<configuration>/; the executable beside them.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Name;
            var path = Path.Combine(TestEnvironment.RepositoryRoot, "artifacts", "bin", "Ratsnetz", configuration, "Ratsnetz.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first.", path);
        }
    }

    public static async Task<ProcessOutcome> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null, string? waitForOutput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(ExecutablePath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = null;
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        var seen = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => Append(output, e.Data, waitForOutput, seen);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data, waitForOutput, seen);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var exited = process.WaitForExitAsync(cancel.Token);
        var finished = await Task.WhenAny(exited, seen.Task);
        var stillRunning = !process.HasExited;
        if (stillRunning)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.WaitForExit();
        return new ProcessOutcome(stillRunning ? null : process.ExitCode, output.ToString(), error.ToString(), finished == seen.Task);
    }

    private static void Append(StringBuilder target, string? line, string? waitFor, TaskCompletionSource seen)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }

        if (waitFor is not null && line.Contains(waitFor, StringComparison.Ordinal))
        {
            seen.TrySetResult();
        }
    }
}

/// <summary>Exit code (null when the process was stopped because the awaited output appeared), output and errors.</summary>
public sealed record ProcessOutcome(int? ExitCode, string Output, string Error, bool SawExpectedOutput);
