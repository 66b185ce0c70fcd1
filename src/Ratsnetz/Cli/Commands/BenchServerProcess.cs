using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Ratsnetz.Hosting;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// The real server for <c>bench oparl</c>: <c>ratsnetz serve</c> as its own process on 127.0.0.1 and a free port,
/// on the same database, with the ceiling endpoint switched on. Measured from outside, like a client sees it;
/// its peak memory is read from /proc.
/// </summary>
internal sealed class BenchServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private BenchServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<BenchServerProcess> StartAsync(RatsnetzSettings settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(BenchServerProcess).Assembly.Location);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        start.Environment["ASPNETCORE_URLS"] = null;
        start.Environment["Database__Provider"] = settings.Provider;
        start.Environment["ConnectionStrings__Ratsnetz"] = settings.ConnectionString;
        start.Environment["RATSNETZ_DATA_DIR"] = settings.DataDirectory;
        start.Environment["Ratsnetz__Bench__Ceiling"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Der Server ließ sich nicht starten (could not start ratsnetz serve).");
        var server = new BenchServerProcess(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>The CPU time the server has used so far, or null once it has exited.</summary>
    public TimeSpan? CpuTime()
    {
        _process.Refresh();
        return _process.HasExited ? null : _process.TotalProcessorTime;
    }

    /// <summary>Peak resident memory (VmHWM) in bytes, or null where /proc is not available.</summary>
    public long? PeakMemoryBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value) ? value * 1024 : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Der Server hat sich beendet (exit {_process.ExitCode}): {LastLines()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow first answer while the server warms up.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new InvalidOperationException($"Der Server meldet sich nicht gesund (no healthy /health within 2 minutes): {LastLines()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 20)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join(Environment.NewLine, _lastLines);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Run as "dotnet Ratsnetz.dll" or as the apphost: either way the dotnet host runs Ratsnetz.dll.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
