using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Hosting;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz bench oparl</c>: starts <c>ratsnetz serve</c> on the generated database and measures, one scenario
/// after the other with the same connections: (a) paper list pages at random keyset positions, (b) list pages with
/// <c>modified_since</c>, (c) single papers, meetings and people, (d) the ceiling — the same server sending a
/// precomputed answer as large as the average list page. Prints numbers and writes them as Markdown.
/// </summary>
internal static class BenchOParlCommand
{
    public static Command Create()
    {
        var duration = new Option<double>("--duration") { Description = "Messdauer je Szenario in Sekunden", DefaultValueFactory = _ => 20 };
        var warmUp = new Option<double>("--warmup") { Description = "Aufwärmzeit je Szenario in Sekunden (nicht gezählt)", DefaultValueFactory = _ => 3 };
        var serverWarmUp = new Option<double>("--server-warmup") { Description = "Vor der ersten Messung jedes Szenario so viele Sekunden (JIT-Übersetzung abschließen, nicht gezählt)", DefaultValueFactory = _ => 10 };
        var connections = new Option<int>("--connections") { Description = "Gleichzeitige Verbindungen", DefaultValueFactory = _ => 16 };
        var output = new Option<FileInfo?>("--output") { Description = "Markdown-Ergebnis (Standard: bench/results/oparl-<provider>-<papers>.md)" };
        // Checked per option: a command-level validator sees 0 for options left at their defaults.
        CommonOptions.AtLeast(duration, 0.001, "--duration > 0.");
        CommonOptions.AtLeast(warmUp, 0, "--warmup ≥ 0.");
        CommonOptions.AtLeast(serverWarmUp, 0, "--server-warmup ≥ 0.");
        CommonOptions.AtLeast(connections, 1, "--connections zwischen 1 und 1024.");
        var oparl = new Command("oparl", "Misst die OParl-API (Listen, modified_since, Einzelobjekte) gegen die Decke einer vorberechneten Antwort");
        oparl.Options.Add(duration);
        oparl.Options.Add(warmUp);
        oparl.Options.Add(serverWarmUp);
        oparl.Options.Add(connections);
        oparl.Options.Add(output);
        oparl.SetAction((parse, ct) => CommonOptions.RunAsync(() => RunAsync(
            CommonOptions.Overrides(parse),
            new BenchOParlOptions(TimeSpan.FromSeconds(parse.GetValue(duration)), TimeSpan.FromSeconds(parse.GetValue(warmUp)), parse.GetValue(connections))
            {
                ServerWarmUp = TimeSpan.FromSeconds(parse.GetValue(serverWarmUp)),
            },
            parse.GetValue(output),
            ct)));
        return oparl;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, BenchOParlOptions options, FileInfo? output, CancellationToken cancellationToken)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        var settings = host.Services.GetRequiredService<RatsnetzSettings>();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var papers = await db.Papers.CountAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench oparl: {settings.Provider}, {papers:N0} papers, {options.Connections} connections, {options.WarmUp.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s per scenario"));

        await using var server = await BenchServerProcess.StartAsync(settings, cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        var results = new List<BenchScenarioResult>();
        var apiAvailable = await BenchOParlTargets.ApiAvailableAsync(client, cancellationToken);
        var ceilingBytes = 100_000;
        if (apiAvailable)
        {
            var targets = await BenchOParlTargets.DiscoverAsync(client, db, cancellationToken);

            // A fresh server compiles its hot paths a second time (tiered JIT) during the first seconds of load; without
            // this the first scenario paid for that and the last (the ceiling) did not.
            foreach (var scenario in Scenarios(targets))
            {
                Console.Error.WriteLine($"  server warm-up: {scenario.Name} …");
                await BenchLoadRunner.WarmUpAsync(client, scenario, options.Connections, options.ServerWarmUp, cancellationToken);
            }

            foreach (var scenario in Scenarios(targets))
            {
                results.Add(await MeasureAsync(client, server, scenario, options, cancellationToken));
            }

            ceilingBytes = (int)Math.Max(1, Math.Round(results[0].AverageBytes));
        }
        else
        {
            Console.WriteLine("OParl-API nicht erreichbar (/oparl/v1/system antwortet nicht 200): nur die Decke wird gemessen (list, modified_since, objects: pending).");
        }

        var ceiling = new BenchScenario(BenchOParlReport.Ceiling, $"precomputed answer of {ceilingBytes:N0} bytes",
            [new Uri(server.BaseAddress, string.Create(CultureInfo.InvariantCulture, $"bench/ceiling?bytes={ceilingBytes}"))]);
        results.Add(await MeasureAsync(client, server, ceiling, options, cancellationToken));

        var report = new BenchOParlReport(settings.Provider, papers, options, apiAvailable, results, server.PeakMemoryBytes(), TimeProvider.System.GetUtcNow());
        Console.Write(report.FormatTable());
        var file = output ?? new FileInfo(Path.Combine("bench", "results", string.Create(CultureInfo.InvariantCulture, $"oparl-{settings.Provider}-{papers}.md")));
        file.Directory?.Create();
        await File.WriteAllTextAsync(file.FullName, report.FormatMarkdown(), cancellationToken);
        Console.WriteLine($"Ergebnis geschrieben: {file.FullName}");
        return 0;
    }

    private static IEnumerable<BenchScenario> Scenarios(BenchTargets targets)
    {
        yield return new BenchScenario(BenchOParlReport.List, targets.Paged ? "paper list pages (100) at random keyset positions" : "paper list (one page)", targets.ListPages);
        yield return new BenchScenario(BenchOParlReport.ModifiedSince, "paper list pages with modified_since (first and second pages)", targets.ModifiedSincePages);
        yield return new BenchScenario(BenchOParlReport.Objects, "single papers, meetings and people at random ids", targets.Objects);
    }

    private static async Task<BenchScenarioResult> MeasureAsync(HttpClient client, BenchServerProcess server, BenchScenario scenario, BenchOParlOptions options, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"  {scenario.Name}: {scenario.Description} ({scenario.Urls.Count:N0} URLs) …");
        return await BenchLoadRunner.RunAsync(client, scenario, options.Connections, options.WarmUp, options.Duration, server.CpuTime, cancellationToken);
    }
}

internal sealed record BenchOParlOptions(TimeSpan Duration, TimeSpan WarmUp, int Connections)
{
    /// <summary>How long each API scenario runs, uncounted, before the first measurement.</summary>
    public TimeSpan ServerWarmUp { get; init; }
}
