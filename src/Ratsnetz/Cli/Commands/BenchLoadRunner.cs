using System.Diagnostics;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// A closed-loop load generator: C workers, each with its own keep-alive connection, request URLs drawn at random
/// from the scenario's list, each answer read to the end. A warm-up runs first and is not counted.
/// </summary>
internal static class BenchLoadRunner
{
    /// <param name="serverCpu">The server's CPU time so far: what it spent per request is reported, which unlike
    /// requests per second hardly depends on what else runs on the machine.</param>
    public static async Task<BenchScenarioResult> RunAsync(HttpClient client, BenchScenario scenario, int connections, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan?> serverCpu, CancellationToken cancellationToken)
    {
        await RunWorkersAsync(client, scenario.Urls, connections, warmUp, record: false, cancellationToken);
        var clock = Stopwatch.StartNew();
        var cpuBefore = serverCpu();
        var workers = await RunWorkersAsync(client, scenario.Urls, connections, duration, record: true, cancellationToken);
        var elapsed = clock.Elapsed;
        var cpu = serverCpu() - cpuBefore;
        var latencies = workers.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        var requests = latencies.Length;
        var bytes = workers.Sum(w => w.Bytes);
        return new BenchScenarioResult(
            scenario.Name,
            requests,
            workers.Sum(w => w.Errors),
            requests / elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            requests == 0 ? 0 : (double)bytes / requests,
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null))
        {
            ServerCpuMillisecondsPerRequest = cpu is { } spent && requests > 0 ? spent.TotalMilliseconds / requests : null,
        };
    }

    /// <summary>Requests the scenario's URLs for a while without counting anything.</summary>
    public static Task WarmUpAsync(HttpClient client, BenchScenario scenario, int connections, TimeSpan duration, CancellationToken cancellationToken) =>
        RunWorkersAsync(client, scenario.Urls, connections, duration, record: false, cancellationToken);

    private static async Task<Worker[]> RunWorkersAsync(HttpClient client, IReadOnlyList<Uri> urls, int connections, TimeSpan duration, bool record, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(i => new Worker(i)).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(client, urls, deadline, record, cancellationToken), cancellationToken)));
        return workers;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class Worker(int index)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];

        public List<double> Latencies { get; } = new(16_384);

        public long Bytes { get; private set; }

        public long Errors { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunAsync(HttpClient client, IReadOnlyList<Uri> urls, long deadline, bool record, CancellationToken cancellationToken)
        {
            var random = new Random(index + 1);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var url = urls[random.Next(urls.Count)];
                var started = Stopwatch.GetTimestamp();
                long read = 0;
                string? error = null;
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    int n;
                    while ((n = await body.ReadAsync(_buffer, cancellationToken)) > 0)
                    {
                        read += n;
                    }

                    error = response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {url}";
                }
                catch (HttpRequestException e)
                {
                    error = $"{e.Message} {url}";
                }
                catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    error = $"timeout ({e.Message}) {url}";
                }

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

/// <summary>A named set of URLs requested at random.</summary>
internal sealed record BenchScenario(string Name, string Description, IReadOnlyList<Uri> Urls);

internal sealed record BenchScenarioResult(string Name, long Requests, long Errors, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, double AverageBytes, string? FirstError)
{
    /// <summary>CPU time of the server process per request (the database server's own work on PostgreSQL not included).</summary>
    public double? ServerCpuMillisecondsPerRequest { get; init; }
}
