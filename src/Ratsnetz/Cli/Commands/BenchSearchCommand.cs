using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Hosting;
using Ratsnetz.Search;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz bench search</c>: (1) rebuilds the search index, a share of the generated files carrying real council
/// texts, and reports documents per second; (2) starts <c>ratsnetz serve</c> and measures the fixed query mix
/// (<see cref="BenchSearchMix"/>) kind by kind through <c>/api/v1/search</c> with C connections; (3) measures the
/// engine's raw full-text query for the same mix in the same run, the floor (<see cref="BenchSearchFloor"/>).
/// </summary>
internal static class BenchSearchCommand
{
    public static Command Create()
    {
        var duration = new Option<double>("--duration") { Description = "Messdauer je Anfrageart in Sekunden", DefaultValueFactory = _ => 10 };
        var warmUp = new Option<double>("--warmup") { Description = "Aufwärmzeit je Anfrageart in Sekunden (nicht gezählt)", DefaultValueFactory = _ => 2 };
        var connections = new Option<int>("--connections") { Description = "Gleichzeitige Verbindungen", DefaultValueFactory = _ => 8 };
        var noBuild = new Option<bool>("--no-build") { Description = "Den vorhandenen Index messen, nicht neu aufbauen" };
        var buildOnly = new Option<bool>("--build-only") { Description = "Nur den Index aufbauen und messen, keine Anfragen" };
        var realTexts = new Option<FileInfo?>("--real-texts") { Description = "OParl-Archiv mit echten Dateitexten (Standard: ../shared/data/oparl-karlsruhe-sample.tgz, falls vorhanden)" };
        var realShare = new Option<int>("--real-share") { Description = "Jede N-te erzeugte Datei (nach id) erhält einen echten Text", DefaultValueFactory = _ => 100 };
        // Checked per option: a command-level validator sees 0 for options left at their defaults.
        CommonOptions.AtLeast(duration, 0.001, "--duration > 0.");
        CommonOptions.AtLeast(warmUp, 0, "--warmup ≥ 0.");
        CommonOptions.AtLeast(connections, 1, "--connections zwischen 1 und 1024.");
        CommonOptions.AtLeast(realShare, 1, "--real-share ≥ 1.");
        var output = new Option<FileInfo?>("--output") { Description = "Markdown-Ergebnis (Standard: bench/results/search-<provider>-<papers>.md)" };
        var search = new Command("search", "Misst Aufbau des Suchindex (Dokumente/s) und Suchanfragen über HTTP (p50/p95/p99) gegen die rohe Volltextabfrage der Datenbank");
        foreach (var option in new Option[] { duration, warmUp, connections, noBuild, buildOnly, realTexts, realShare, output })
        {
            search.Options.Add(option);
        }

        search.SetAction((parse, ct) => CommonOptions.RunAsync(() => RunAsync(
            CommonOptions.Overrides(parse),
            new BenchSearchOptions(TimeSpan.FromSeconds(parse.GetValue(duration)), TimeSpan.FromSeconds(parse.GetValue(warmUp)), parse.GetValue(connections),
                !parse.GetValue(noBuild), parse.GetValue(buildOnly), parse.GetValue(realTexts) ?? DefaultRealTexts(), parse.GetValue(realShare)),
            parse.GetValue(output),
            ct)));
        return search;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, BenchSearchOptions options, FileInfo? output, CancellationToken ct)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        var settings = host.Services.GetRequiredService<RatsnetzSettings>();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var papers = await db.Papers.CountAsync(ct);
        var loadBefore = BenchSearchReport.LoadAverage();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench search: {settings.Provider}, {papers:N0} papers, {options.Connections} connections, {options.WarmUp.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s per kind; load {loadBefore}"));

        BenchSearchBuild? build = null;
        if (options.Build)
        {
            build = await BuildAsync(db, scope.ServiceProvider.GetRequiredService<ISearchIndex>(), options, ct);
        }

        if (options.BuildOnly)
        {
            return 0;
        }

        var documents = await db.SearchDocuments.CountAsync(ct);
        var http = new List<BenchScenarioResult>();
        await using (var server = await BenchServerProcess.StartAsync(settings, ct))
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, UseCookies = false, AllowAutoRedirect = false })
            {
                BaseAddress = server.BaseAddress,
                Timeout = TimeSpan.FromSeconds(60),
            };
            foreach (var kind in BenchSearchMix.ByKind())
            {
                var scenario = new BenchScenario(kind.Key, string.Join(" | ", kind.Select(q => q.Text)), kind.Select(q => new Uri(server.BaseAddress, q.PathAndQuery())).ToList());
                Console.Error.WriteLine($"  http {scenario.Name}: {scenario.Description} …");
                http.Add(await BenchLoadRunner.RunAsync(client, scenario, options.Connections, options.WarmUp, options.Duration, server.CpuTime, ct));
            }
        }

        var floor = new List<BenchScenarioResult>();
        foreach (var kind in BenchSearchMix.ByKind())
        {
            Console.Error.WriteLine($"  floor {kind.Key} …");
            var opened = new List<DbConnection>();
            try
            {
                floor.Add(await BenchLoadRunner.RunAsync(kind.Key, BenchSearchFloor.Calls(settings.Provider, settings.ConnectionString, kind.ToList(), opened),
                    options.Connections, options.WarmUp, options.Duration, null, ct));
            }
            finally
            {
                foreach (var connection in opened)
                {
                    await connection.DisposeAsync();
                }
            }
        }

        var report = new BenchSearchReport(settings.Provider, papers, documents, options, build, http, floor, loadBefore, BenchSearchReport.LoadAverage(),
            TimeProvider.System.GetUtcNow());
        Console.Write(report.FormatTable());
        var file = output ?? new FileInfo(Path.Combine("bench", "results", string.Create(CultureInfo.InvariantCulture, $"search-{settings.Provider}-{papers}.md")));
        file.Directory?.Create();
        await File.WriteAllTextAsync(file.FullName, report.FormatMarkdown(), ct);
        Console.WriteLine($"Ergebnis geschrieben: {file.FullName}");
        return 0;
    }

    private static async Task<BenchSearchBuild> BuildAsync(AppDbContext db, ISearchIndex index, BenchSearchOptions options, CancellationToken ct)
    {
        BenchRealTexts? real = null;
        if (options.RealTexts is { Exists: true } archive)
        {
            real = await BenchRealTexts.ReadAsync(archive, options.RealShare, ct);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {real.Count:N0} echte Dateitexte ({real.Characters:N0} Zeichen) aus {archive.Name}, jede {options.RealShare}. Datei"));
        }

        var line = default(ProgressLine);
        var progress = new SearchCommand.SynchronousProgress(p =>
        {
            line ??= new ProgressLine(p.Total);
            line.Show(p.Done, p.Kind);
        });
        var watch = Stopwatch.StartNew();
        var documents = await SearchIndexer.RebuildAsync(db, index, progress, ct, real is null ? null : real.Adapt);
        watch.Stop();
        line?.Clear();
        var build = new BenchSearchBuild(documents, watch.Elapsed, real?.Count ?? 0, options.RealShare, real is null ? null : options.RealTexts!.Name);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index build: {documents:N0} documents in {watch.Elapsed.TotalSeconds:F1} s ({build.DocumentsPerSecond:N0} documents/s)"));
        return build;
    }

    // The team's shared material beside the clone, as the tests find it; absent elsewhere.
    private static FileInfo? DefaultRealTexts()
    {
        var candidate = new FileInfo(Path.Combine("..", "shared", "data", "oparl-karlsruhe-sample.tgz"));
        return candidate.Exists ? candidate : null;
    }
}

internal sealed record BenchSearchOptions(TimeSpan Duration, TimeSpan WarmUp, int Connections, bool Build, bool BuildOnly, FileInfo? RealTexts, int RealShare);

internal sealed record BenchSearchBuild(int Documents, TimeSpan Elapsed, int RealTexts, int RealShare, string? RealTextsSource)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0;
}
