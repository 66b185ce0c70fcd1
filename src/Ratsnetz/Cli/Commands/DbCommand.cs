using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Data.DemoData;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Hosting;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Cli.Commands;

internal static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Datenbank: Schema migrieren, Demodaten laden");

        var migrate = new Command("migrate", "Wendet ausstehende Schema-Migrationen an");
        migrate.SetAction((parse, ct) => CommonOptions.RunAsync(() => MigrateAsync(CommonOptions.Overrides(parse), ct)));
        db.Subcommands.Add(migrate);

        var documents = new Option<DirectoryInfo?>("--documents") { Description = "Ordner mit den Seed-Dokumenten (Standard: ../shared/seeds, falls vorhanden)" };
        var seed = new Command("seed", "Lädt die Demodaten (Kamen, Bergkamen, Kreis Coesfeld) in eine migrierte Datenbank");
        seed.Options.Add(documents);
        seed.SetAction((parse, ct) => CommonOptions.RunAsync(() => SeedAsync(CommonOptions.Overrides(parse), parse.GetValue(documents), ct)));
        db.Subcommands.Add(seed);

        var script = new Command("script", "Gibt das CREATE-Skript des aktuellen Modells aus (Grundlage neuer Migrationen, siehe docs/adr/0002)");
        script.SetAction((parse, ct) => CommonOptions.RunAsync(() => ScriptAsync(CommonOptions.Overrides(parse))));
        db.Subcommands.Add(script);
        return db;
    }

    private static async Task<int> MigrateAsync(Dictionary<string, string?> overrides, CancellationToken ct)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        await using var scope = host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        Console.WriteLine(report.Applied.Count == 0
            ? $"Datenbank ({report.Provider}) ist aktuell: Schema-Version {report.LatestVersion}."
            : $"Datenbank ({report.Provider}) migriert von Version {report.PreviousVersion} auf {report.LatestVersion}: {string.Join(", ", report.Applied)}");
        return 0;
    }

    private static async Task<int> SeedAsync(Dictionary<string, string?> overrides, DirectoryInfo? documents, CancellationToken ct)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        var documentsDirectory = SeedDocuments.Locate(documents?.FullName);
        var report = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(documentsDirectory, ct);
        Console.WriteLine(report.Describe());
        return 0;
    }

    private static Task<int> ScriptAsync(Dictionary<string, string?> overrides)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        using var scope = host.Services.CreateScope();
        Console.WriteLine(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GenerateCreateScript());
        Console.WriteLine(scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().Database.GenerateCreateScript());
        return Task.FromResult(0);
    }
}
