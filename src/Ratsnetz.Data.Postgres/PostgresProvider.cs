using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ratsnetz.Data.Migrations;

namespace Ratsnetz.Data.Postgres;

/// <summary>The production engine, chosen with Database:Provider=postgres and a connection string.</summary>
public sealed class PostgresProvider : IDatabaseProvider
{
    // An arbitrary application-wide key for pg_advisory_lock: "RATS" in ASCII.
    private const long MigrationLockKey = 0x52415453;

    public string Name => "postgres";

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(60));

    public Ratsnetz.Search.ISearchIndex SearchIndex { get; } = new Search.PostgresSearchIndex();

    public IReadOnlyList<MigrationScript> LoadMigrations() => MigrationScript.FromEmbeddedResources(typeof(PostgresProvider).Assembly);

    public async Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT pg_advisory_lock({MigrationLockKey})";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new AdvisoryLock(connection);
    }

    public string? DescribeConnectionProblem(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrEmpty(builder.Host)
                ? "The PostgreSQL connection string names no Host. Example: Host=127.0.0.1;Database=ratsnetz;Username=ratsnetz;Password=…"
                : null;
        }
        catch (ArgumentException e)
        {
            return $"The PostgreSQL connection string is not valid: {e.Message}";
        }
    }

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT pg_advisory_unlock({MigrationLockKey})";
            await command.ExecuteNonQueryAsync();
        }
    }
}
