using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data.Migrations;

namespace Ratsnetz.Hosting;

/// <summary>
/// A server never changes the schema behind the operator's back: it refuses to start on an outdated database
/// unless Database:AutoMigrate is set (ADR 0002).
/// </summary>
public static class SchemaCheck
{
    public static async Task EnsureCurrentAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        if (scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("Database:AutoMigrate"))
        {
            await migrator.MigrateAsync(cancellationToken);
            return;
        }

        var applied = await migrator.AppliedVersionsAsync(cancellationToken);
        if (applied.Count < migrator.LatestVersion)
        {
            throw new StartupException($"Das Datenbankschema ist auf Version {applied.Count}, benötigt wird {migrator.LatestVersion}. Führen Sie zuerst './ratsnetz db migrate' aus (oder starten Sie mit --demo).");
        }
    }
}
