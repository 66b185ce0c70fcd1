using System.Diagnostics;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// A closed-loop load generator: C workers, each with its own keep-alive connection, request URLs drawn at random
/// from the scenario's list, each answer read to the end. A warm-up runs first and is not counted.
/// </summary>
internal static class BenchLoadRunner
{
    /// <param name="serverCpu">The server's CPU time so far, or null: what it spent per request is reported, which
    /// unlike requests per second hardly depends on what else runs on the machine.</param>
    public static Task<BenchScenarioResult> RunAsync(
        HttpClient client, BenchScenario scenario, int connections, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan?>? serverCpu, CancellationToken cancellationToken) =>
        RunAsync(scenario.Name, HttpCalls(client, scenario), connections, warmUp, duration, serverCpu, cancellationToken);

    /// <summary>
    /// The same closed loop for any request: <paramref name="callFor"/> gives each worker (by index) its call, which
    /// returns the bytes read and throws or returns an error text on failure.
    /// </summary>
    public static async Task<BenchScenarioResult> RunAsync(
        string name, Func<int, BenchCall> callFor, int connections, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan?>? serverCpu, CancellationToken cancellationToken) =>
        Combine(name, [await SampleAsync(callFor, connections, warmUp, duration, serverCpu, cancellationToken)]);

    /// <summary>One measured stretch of a scenario (after its warm-up), to be combined with others of the same scenario.</summary>
    public static Task<BenchSample> SampleAsync(
        HttpClient client, BenchScenario scenario, int connections, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan?>? serverCpu, CancellationToken cancellationToken) =>
        SampleAsync(HttpCalls(client, scenario), connections, warmUp, duration, serverCpu, cancellationToken);

    private static async Task<BenchSample> SampleAsync(
        Func<int, BenchCall> callFor, int connections, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan?>? serverCpu, CancellationToken cancellationToken)
    {
        var calls = Enumerable.Range(0, connections).Select(callFor).ToArray();
        await RunWorkersAsync(calls, warmUp, record: false, cancellationToken);
        var clock = Stopwatch.StartNew();
        var cpuBefore = serverCpu?.Invoke();
        var workers = await RunWorkersAsync(calls, duration, record: true, cancellationToken);
        var elapsed = clock.Elapsed;
        var cpu = serverCpu?.Invoke() - cpuBefore;
        return new BenchSample(
            [.. workers.SelectMany(w => w.Latencies)],
            workers.Sum(w => w.Bytes),
            workers.Sum(w => w.Errors),
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            elapsed,
            cpu);
    }

    /// <summary>A scenario's figures over all its samples: requests per second over their summed time, percentiles over all latencies.</summary>
    public static BenchScenarioResult Combine(string name, IReadOnlyList<BenchSample> samples)
    {
        var latencies = samples.SelectMany(s => s.Latencies).ToArray();
        Array.Sort(latencies);
        var requests = latencies.Length;
        var seconds = samples.Sum(s => s.Elapsed.TotalSeconds);
        var cpu = samples.All(s => s.ServerCpu is not null) ? samples.Sum(s => s.ServerCpu!.Value.TotalMilliseconds) : (double?)null;
        return new BenchScenarioResult(
            name,
            requests,
            samples.Sum(s => s.Errors),
            seconds > 0 ? requests / seconds : 0,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            requests == 0 ? 0 : (double)samples.Sum(s => s.Bytes) / requests,
            samples.Select(s => s.FirstError).FirstOrDefault(e => e is not null))
        {
            P95Milliseconds = Percentile(latencies, 0.95),
            ServerCpuMillisecondsPerRequest = cpu is { } spent && requests > 0 ? spent / requests : null,
        };
    }

    /// <summary>Requests the scenario's URLs for a while without counting anything.</summary>
    public static Task WarmUpAsync(HttpClient client, BenchScenario scenario, int connections, TimeSpan duration, CancellationToken cancellationToken) =>
        RunWorkersAsync(Enumerable.Range(0, connections).Select(HttpCalls(client, scenario)).ToArray(), duration, record: false, cancellationToken);

    private static Func<int, BenchCall> HttpCalls(HttpClient client, BenchScenario scenario) =>
        _ => (random, ct) => GetAsync(client, scenario.Urls[random.Next(scenario.Urls.Count)], ct);

    private static async Task<(long Bytes, string? Error)> GetAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            long read = 0;
            int n;
            while ((n = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                read += n;
            }

            return (read, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {url}");
        }
        catch (HttpRequestException e)
        {
            return (0, $"{e.Message} {url}");
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, $"timeout ({e.Message}) {url}");
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<Worker[]> RunWorkersAsync(BenchCall[] calls, TimeSpan duration, bool record, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = calls.Select((c, i) => new Worker(i, c)).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(deadline, record, cancellationToken), cancellationToken)));
        return workers;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class Worker(int index, BenchCall call)
    {
        public List<double> Latencies { get; } = new(16_384);

        public long Bytes { get; private set; }

        public long Errors { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunAsync(long deadline, bool record, CancellationToken cancellationToken)
        {
            var random = new Random(index + 1);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                var (read, error) = await call(random, cancellationToken);
                if (!record)
                {
                    continue;
                }

                Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Bytes += read;
                if (error is not null)
                {
                    Errors++;
                    FirstError ??= error;
                }
            }
        }
    }
}

/// <summary>One request of a load run: bytes read and an error text, or null when it succeeded.</summary>
internal delegate Task<(long Bytes, string? Error)> BenchCall(Random random, CancellationToken cancellationToken);

/// <summary>What one measured stretch of a load run saw.</summary>
internal sealed record BenchSample(double[] Latencies, long Bytes, long Errors, string? FirstError, TimeSpan Elapsed, TimeSpan? ServerCpu);

/// <summary>A named set of URLs requested at random.</summary>
internal sealed record BenchScenario(string Name, string Description, IReadOnlyList<Uri> Urls);

internal sealed record BenchScenarioResult(string Name, long Requests, long Errors, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, double AverageBytes, string? FirstError)
{
    public double P95Milliseconds { get; init; }

    /// <summary>CPU time of the server process per request (the database server's own work on PostgreSQL not included).</summary>
    public double? ServerCpuMillisecondsPerRequest { get; init; }
}
