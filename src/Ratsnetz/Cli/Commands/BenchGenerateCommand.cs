using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Bench;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Data.Postgres.Bench;
using Ratsnetz.Data.Sqlite.Bench;
using Ratsnetz.Hosting;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz bench generate --papers N [--seed S]</c>: migrates the configured database and fills it with a large,
/// realistic, deterministic data set (see <see cref="BenchPlan"/>), printing rows per second per table.
/// </summary>
internal static class BenchGenerateCommand
{
    public static Command Create()
    {
        var papers = new Option<int>("--papers") { Description = "Anzahl der Vorlagen (10000 = Großstadt, 1000000 = ein Bundesland)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufalls; gleicher Wert, gleiche Daten", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate", "Erzeugt einen großen, realistischen Datenbestand in der konfigurierten (leeren) Datenbank");
        generate.Options.Add(papers);
        generate.Options.Add(seed);
        generate.Validators.Add(result =>
        {
            if (result.GetValue(papers) is < 1 or > BenchPlan.MaxPapers)
            {
                result.AddError($"--papers muss zwischen 1 und {BenchPlan.MaxPapers:N0} liegen.");
            }
        });
        generate.SetAction((parse, ct) => CommonOptions.RunAsync(() =>
            RunAsync(CommonOptions.Overrides(parse), parse.GetValue(papers), parse.GetValue(seed), ct)));
        return generate;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, int papers, int seed, CancellationToken cancellationToken)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        var settings = host.Services.GetRequiredService<RatsnetzSettings>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        }

        var plan = BenchPlan.For(papers, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench generate: {papers:N0} papers, seed {seed}, {settings.Provider}; {plan.Bodies.Count} bodies, {plan.Organizations:N0} organizations, {plan.People:N0} persons, {plan.Meetings:N0} meetings"));
        await using var writer = await OpenWriterAsync(settings, cancellationToken);
        var progress = new GenerateProgress();
        var result = await BenchGenerator.GenerateAsync(writer, plan, progress, cancellationToken);
        progress.Clear();
        Console.Write(BenchGenerateReport.Format(result, settings.Provider));
        return 0;
    }

    // The bulk writers are the provider-specific half of the generator; the provider itself is chosen in DatabaseServices.
    private static async Task<IBenchBulkWriter> OpenWriterAsync(RatsnetzSettings settings, CancellationToken cancellationToken) =>
        DatabaseServices.ChooseProvider(settings.Provider).Name switch
        {
            "postgres" => await PostgresBenchBulkWriter.OpenAsync(settings.ConnectionString, cancellationToken),
            _ => await SqliteBenchBulkWriter.OpenAsync(settings.ConnectionString, cancellationToken),
        };

    /// <summary>One line on stderr, redrawn at most four times a second; silent when stderr is redirected.</summary>
    private sealed class GenerateProgress : IProgress<BenchProgress>
    {
        private readonly bool _interactive = !Console.IsErrorRedirected;
        private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();

        public void Report(BenchProgress value)
        {
            if (!_interactive || (_sinceDrawn.ElapsedMilliseconds < 250 && value.Rows != value.ExpectedRows))
            {
                return;
            }

            _sinceDrawn.Restart();
            var rate = value.Elapsed.TotalSeconds > 0 ? value.Rows / value.Elapsed.TotalSeconds : 0;
            var of = value.ExpectedRows > 0 ? string.Create(CultureInfo.InvariantCulture, $" / ~{value.ExpectedRows:N0}") : string.Empty;
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {value.Table,-18} {value.Rows,12:N0}{of,-16} {rate,12:N0} rows/s   "));
        }

        public void Clear()
        {
            if (_interactive)
            {
                Console.Error.Write($"\r{new string(' ', 78)}\r");
            }
        }
    }
}
