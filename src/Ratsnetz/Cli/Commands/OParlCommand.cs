using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ratsnetz.Data;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Import.OParl;
using Ratsnetz.OParl.Documents;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz oparl import URL [--concurrency N]</c>: mirrors a remote OParl 1.0/1.1 system (ADR 0008). Progress on
/// stderr, the summary on stdout; exit code 1 only when nothing could be read.
/// </summary>
internal static class OParlCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("URL") { Description = "Einstieg des OParl-Systems, z. B. https://ris.example.de/oparl/v1/system" };
        var concurrency = new Option<int>("--concurrency") { Description = "Gleichzeitige Anfragen an den Server (Standard 4)", DefaultValueFactory = _ => 4 };
        var timeout = new Option<int>("--timeout") { Description = "Zeitlimit je Anfrage in Sekunden (Standard 60)", DefaultValueFactory = _ => 60 };
        var import = new Command("import", "Spiegelt ein OParl-System: Körperschaften, Gremien, Personen, Sitzungen, Vorlagen, Dateien; spätere Läufe holen nur Änderungen");
        import.Arguments.Add(url);
        import.Options.Add(concurrency);
        import.Options.Add(timeout);
        import.SetAction((parse, ct) => CommonOptions.RunAsync(() => ImportAsync(
            CommonOptions.Overrides(parse),
            parse.GetValue(url)!,
            new OParlClientOptions { Concurrency = Math.Clamp(parse.GetValue(concurrency), 1, 64), RequestTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) },
            ct)));

        var verify = new Option<bool>("--verify") { Description = "Auch gespeicherte Dokumente neu erzeugen und Abweichungen melden" };
        var render = new Command("render", "Erzeugt die gespeicherten JSON-Dokumente der OParl-Schnittstelle vorab (nach Massenimport oder Formatänderung)");
        render.Options.Add(verify);
        render.SetAction((parse, ct) => CommonOptions.RunAsync(() => RenderAsync(CommonOptions.Overrides(parse), parse.GetValue(verify), ct)));

        var oparl = new Command("oparl", "OParl-Schnittstelle: Dokumente erzeugen, andere Ratsinformationssysteme spiegeln");
        oparl.Subcommands.Add(import);
        oparl.Subcommands.Add(render);
        return oparl;
    }

    private static async Task<int> ImportAsync(Dictionary<string, string?> overrides, string systemUrl, OParlClientOptions options, CancellationToken ct)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Ratsnetz-OParl-Mirror/1.0");
        var clock = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        using var client = new OParlClient(http, options, clock, loggers.CreateLogger<OParlClient>());
        var handler = new MirrorOParlSystemHandler(services.GetRequiredService<AppDbContext>(), client, clock, loggers.CreateLogger<MirrorOParlSystemHandler>());
        var progress = new MirrorProgressLine();

        var result = await handler.HandleAsync(new MirrorOParlSystem(systemUrl, progress), ct);
        progress.Clear();
        if (result.IsError)
        {
            await Console.Error.WriteLineAsync($"Fehler: {result.Error!.Message}");
            return 1;
        }

        Print(systemUrl, result.Value);
        return 0;
    }

    private static async Task<int> RenderAsync(Dictionary<string, string?> overrides, bool verify, CancellationToken ct)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        var interactive = !Console.IsErrorRedirected;
        var progress = new Progress<OParlRenderProgress>(p =>
        {
            if (interactive)
            {
                Console.Error.Write($"\r{p.Segment,-18} {p.Objects,10:N0} Objekte   ");
            }
        });
        var summary = await services.GetRequiredService<RenderOParlDocumentsHandler>().HandleAsync(verify, progress, ct);
        if (interactive)
        {
            Console.Error.Write($"\r{new string(' ', 40)}\r");
        }

        var culture = CultureInfo.GetCultureInfo("de-DE");
        Console.WriteLine($"{"Liste",-18}{"Objekte",12}{"neu erzeugt",14}{(verify ? "veraltet" : string.Empty),10}");
        foreach (var list in summary.Lists)
        {
            Console.WriteLine(string.Create(culture, $"{list.Segment,-18}{list.Objects,12:N0}{list.Rendered,14:N0}{(verify ? list.Outdated.ToString("N0", culture) : string.Empty),10}"));
            if (list.Outdated > 0)
            {
                Console.WriteLine($"  veraltet u. a.: {string.Join(", ", list.OutdatedSample)}");
            }
        }

        var total = summary.Lists.Sum(l => l.Objects);
        Console.WriteLine(string.Create(culture, $"{total:N0} Dokumente in {summary.Elapsed.TotalSeconds:N1} s ({total / Math.Max(0.001, summary.Elapsed.TotalSeconds):N0} je Sekunde)"));
        return verify && summary.Outdated > 0 ? 1 : 0;
    }

    private static void Print(string systemUrl, MirrorSummary summary)
    {
        var culture = CultureInfo.GetCultureInfo("de-DE");
        Console.WriteLine($"OParl-Import von {systemUrl}{(summary.Resumed ? " (unterbrochener Lauf fortgesetzt)" : string.Empty)}");
        Console.WriteLine($"{"Typ",-16}{"neu",8}{"aktualisiert",14}{"unverändert",13}{"gelöscht",10}{"fehlgeschlagen",16}");
        foreach (var (type, counts) in summary.PerType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{type,-16}{counts.Created,8}{counts.Updated,14}{counts.Unchanged,13}{counts.Deleted,10}{counts.Failed,16}");
        }

        Console.WriteLine(string.Create(culture, $"Import: {summary.Objects:N0} Objekte in {summary.Elapsed.TotalSeconds:N1} s ({summary.ObjectsPerSecond:N0} Objekte/s), {summary.Requests:N0} Anfragen, {summary.BrokenLinks:N0} defekte Verweise, {summary.Duplicates:N0} doppelte Objekte, {summary.FailedPages:N0} unlesbare Seiten"));
        if (!summary.Complete)
        {
            Console.WriteLine("Nicht alle Listen waren vollständig lesbar; der nächste Lauf fragt wieder ab dem letzten vollständigen Lauf.");
        }
    }

    /// <summary>One line on stderr, redrawn per page; silent when stderr is redirected (like <see cref="ProgressLine"/>).</summary>
    private sealed class MirrorProgressLine : IProgress<MirrorProgress>
    {
        private readonly bool _interactive = !Console.IsErrorRedirected;

        public void Report(MirrorProgress value)
        {
            if (_interactive)
            {
                Console.Error.Write($"\r{value.Type,-16} Seite {value.Pages,6} · {value.Objects,9} Objekte   ");
            }
        }

        public void Clear()
        {
            if (_interactive)
            {
                Console.Error.Write($"\r{new string(' ', 60)}\r");
            }
        }
    }
}
