using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.Data.DemoData;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Hosting;

/// <summary>
/// Demo mode starts from a fresh database every time: migrate, load the seed meetings, create demo accounts.
/// The accounts have fixed, printed passwords: the demo database must never hold real data.
/// </summary>
public static class DemoMode
{
    public const string Password = "Demo-Ratsnetz-2021";

    public static readonly IReadOnlyList<(string Email, string Role, string Description)> Accounts =
    [
        ("admin@ratsnetz.example", Roles.Administrator, "Administration, sieht alles"),
        ("gf-kamen@ratsnetz.example", Roles.Management, "Geschäftsführung des Integrationsrats Kamen"),
        ("oezkir@ratsnetz.example", Roles.Member, "Aziz Özkir, Vorsitzender des Integrationsrats Kamen"),
    ];

    public static async Task<(DemoSeedReport Seed, DemoImportReport Imports)> PrepareAsync(IServiceProvider services, RatsnetzSettings settings, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        if (settings.Provider == "sqlite")
        {
            await db.Database.EnsureDeletedAsync(cancellationToken);
        }

        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        if (await db.Bodies.AnyAsync(cancellationToken))
        {
            throw new StartupException("Demo mode needs an empty database, but this one holds data. Demo mode never touches a real database; use an empty one.");
        }

        var seeds = SeedDocuments.Locate(settings.DocumentsDirectory);
        var report = await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(seeds, cancellationToken);
        await CreateAccountsAsync(provider, db, cancellationToken);
        var imports = await DemoImports.RunAsync(services, seeds, cancellationToken);
        return (report, imports);
    }

    private static async Task CreateAccountsAsync(IServiceProvider provider, AppDbContext db, CancellationToken cancellationToken)
    {
        var kamen = await db.Bodies.AsNoTracking().SingleAsync(b => b.ShortName == "Kamen", cancellationToken);
        var integrationCouncil = await db.Organizations.AsNoTracking()
            .SingleAsync(o => o.BodyId == kamen.Id && o.Kind == OrganizationKind.IntegrationCouncil, cancellationToken);
        var chair = await db.People.AsNoTracking()
            .SingleAsync(p => p.BodyId == kamen.Id && p.FamilyName == "Özkir", cancellationToken);
        var accounts = provider.GetRequiredService<AccountService>();
        var results = new[]
        {
            await accounts.AddUserAsync(new NewAccount(Accounts[0].Email, Password, Roles.Administrator, "Demo-Administration"), cancellationToken),
            await accounts.AddUserAsync(new NewAccount(Accounts[1].Email, Password, Roles.Management, "Geschäftsführung Integrationsrat Kamen", Organizations: [integrationCouncil.Id]), cancellationToken),
            await accounts.AddUserAsync(new NewAccount(Accounts[2].Email, Password, Roles.Member, "Aziz Özkir", PersonId: chair.Id), cancellationToken),
        };
        if (results.FirstOrDefault(r => r.IsError) is { Error: { } error })
        {
            throw new InvalidOperationException($"Demo account could not be created: {error.Message}");
        }
    }
}
