using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Data.Postgres;
using Ratsnetz.Data.Sqlite;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Hosting;

public static class DatabaseServices
{
    /// <summary>The one place that chooses the database provider (ADR 0002).</summary>
    public static IDatabaseProvider ChooseProvider(string name) => name switch
    {
        "sqlite" => new SqliteProvider(),
        "postgres" or "postgresql" => new PostgresProvider(),
        _ => throw new InvalidOperationException($"Unknown Database:Provider '{name}'. Use 'sqlite' (default) or 'postgres'."),
    };

    public static IServiceCollection AddRatsnetzDatabase(this IServiceCollection services, RatsnetzSettings settings)
    {
        var provider = ChooseProvider(settings.Provider);
        if (provider.DescribeConnectionProblem(settings.ConnectionString) is { } problem)
        {
            throw new StartupException(problem);
        }

        services.AddSingleton(settings);
        services.AddSingleton(provider);
        services.AddSingleton(provider.SearchIndex);
        services.AddDbContextPool<AppDbContext>((root, options) =>
            provider.Configure(options.UseClock(root.GetRequiredService<TimeProvider>()), settings.ConnectionString));
        services.AddDbContext<IdentityStoreDbContext>(options => provider.Configure(options, settings.ConnectionString));
        services.AddScoped<SchemaMigrator>();
        return services;
    }
}

/// <summary>A start-up problem the operator can fix; printed without a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
