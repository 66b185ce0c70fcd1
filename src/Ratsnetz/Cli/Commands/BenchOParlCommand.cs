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
        var rounds = new Option<int>("--rounds") { Description = "Runden, in denen Szenarien und Decke abwechseln (je Dauer/Runden)", DefaultValueFactory = _ => 1 };
        var positions = new Option<int>("--positions") { Description = "Verschiedene Listenseiten, unter denen zufällig gewählt wird (wenige: oft dieselben Seiten, viele: meist neue)", DefaultValueFactory = _ => 2_000 };
        var output = new Option<FileInfo?>("--output") { Description = "Markdown-Ergebnis (Standard: bench/results/oparl-<provider>-<papers>.md)" };
        // Checked per option: a command-level validator sees 0 for options left at their defaults.
        CommonOptions.AtLeast(duration, 0.001, "--duration > 0.");
        CommonOptions.AtLeast(warmUp, 0, "--warmup ≥ 0.");
        CommonOptions.AtLeast(serverWarmUp, 0, "--server-warmup ≥ 0.");
        CommonOptions.AtLeast(connections, 1, "--connections zwischen 1 und 1024.");
        CommonOptions.AtLeast(rounds, 1, "--rounds ≥ 1.");
        CommonOptions.AtLeast(positions, 1, "--positions ≥ 1.");
        var oparl = new Command("oparl", "Misst die OParl-API (Listen, modified_since, Einzelobjekte) gegen die Decke einer vorberechneten Antwort");
        oparl.Options.Add(duration);
        oparl.Options.Add(warmUp);
        oparl.Options.Add(serverWarmUp);
        oparl.Options.Add(connections);
        oparl.Options.Add(rounds);
        oparl.Options.Add(positions);
        oparl.Options.Add(output);
        oparl.SetAction((parse, ct) => CommonOptions.RunAsync(() => RunAsync(
            CommonOptions.Overrides(parse),
            new BenchOParlOptions(TimeSpan.FromSeconds(parse.GetValue(duration)), TimeSpan.FromSeconds(parse.GetValue(warmUp)), parse.GetValue(connections))
            {
                ServerWarmUp = TimeSpan.FromSeconds(parse.GetValue(serverWarmUp)),
                Rounds = parse.GetValue(rounds),
                Positions = parse.GetValue(positions),
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
            $"bench oparl: {settings.Provider}, {papers:N0} papers, {options.Connections} connections, {options.WarmUp.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s per scenario in {options.Rounds} rounds"));

        await using var server = await BenchServerProcess.StartAsync(settings, cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        var results = new List<BenchScenarioResult>();
        var apiAvailable = await BenchOParlTargets.ApiAvailableAsync(client, cancellationToken);
        if (apiAvailable)
        {
            var targets = await BenchOParlTargets.DiscoverAsync(client, db, options.Positions, cancellationToken);

            // A fresh server compiles its hot paths a second time (tiered JIT) during the first seconds of load; without
            // this the first scenario paid for that and the last (the ceiling) did not.
            foreach (var scenario in Scenarios(targets))
            {
                Console.Error.WriteLine($"  server warm-up: {scenario.Name} …");
                await BenchLoadRunner.WarmUpAsync(client, scenario, options.Connections, options.ServerWarmUp, cancellationToken);
            }

            results.AddRange(await MeasureInRoundsAsync(client, server, [.. Scenarios(targets)], options, cancellationToken));
        }
        else
        {
            Console.WriteLine("OParl-API nicht erreichbar (/oparl/v1/system antwortet nicht 200): nur die Decke wird gemessen (list, modified_since, objects: pending).");
            results.AddRange(await MeasureInRoundsAsync(client, server, [], options, cancellationToken));
        }

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

    /// <summary>
    /// Measures the scenarios and the ceiling in <see cref="BenchOParlOptions.Rounds"/> rounds, each scenario for its
    /// share of the duration per round (list, modified_since, objects, ceiling, list, …). On a shared virtual machine
    /// the speed drifts by a third within minutes; measured one after the other, the ceiling's minute decided the
    /// share of it as much as the list did. Interleaved, both see the same drift. The ceiling answer is as large as the
    /// first round's list pages.
    /// </summary>
    private static async Task<List<BenchScenarioResult>> MeasureInRoundsAsync(
        HttpClient client, BenchServerProcess server, IReadOnlyList<BenchScenario> scenarios, BenchOParlOptions options, CancellationToken cancellationToken)
    {
        var share = options.Duration / options.Rounds;
        var samples = scenarios.Select(_ => new List<BenchSample>()).Append([]).ToList();
        BenchScenario? ceiling = null;
        for (var round = 1; round <= options.Rounds; round++)
        {
            for (var i = 0; i < scenarios.Count; i++)
            {
                Console.Error.WriteLine($"  round {round}/{options.Rounds}, {scenarios[i].Name}: {scenarios[i].Description} ({scenarios[i].Urls.Count:N0} URLs) …");
                samples[i].Add(await BenchLoadRunner.SampleAsync(client, scenarios[i], options.Connections, options.WarmUp, share, server.CpuTime, cancellationToken));
            }

            ceiling ??= Ceiling(server, samples.Count > 1 && samples[0].Sum(s => s.Latencies.Length) > 0
                ? (int)Math.Max(1, Math.Round((double)samples[0].Sum(s => s.Bytes) / samples[0].Sum(s => s.Latencies.Length)))
                : 100_000);
            Console.Error.WriteLine($"  round {round}/{options.Rounds}, {ceiling.Name}: {ceiling.Description} …");
            samples[^1].Add(await BenchLoadRunner.SampleAsync(client, ceiling, options.Connections, options.WarmUp, share, server.CpuTime, cancellationToken));
        }

        return [.. scenarios.Select((s, i) => BenchLoadRunner.Combine(s.Name, samples[i])), BenchLoadRunner.Combine(BenchOParlReport.Ceiling, samples[^1])];
    }

    private static BenchScenario Ceiling(BenchServerProcess server, int bytes) =>
        new(BenchOParlReport.Ceiling, $"precomputed answer of {bytes:N0} bytes",
            [new Uri(server.BaseAddress, string.Create(CultureInfo.InvariantCulture, $"bench/ceiling?bytes={bytes}"))]);
}

internal sealed record BenchOParlOptions(TimeSpan Duration, TimeSpan WarmUp, int Connections)
{
    /// <summary>How long each API scenario runs, uncounted, before the first measurement.</summary>
    public TimeSpan ServerWarmUp { get; init; }

    /// <summary>In how many rounds the scenarios and the ceiling take turns (each for Duration / Rounds per round).</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>
    /// How many list positions the list scenario picks from at random. With few, pages come again within a run and
    /// are sent from the page cache (ADR 0020); with more positions than requests, most pages are built.
    /// </summary>
    public int Positions { get; init; } = 2_000;
}
