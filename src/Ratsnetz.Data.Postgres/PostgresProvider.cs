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
        options.UseNpgsql(WithDefaults(connectionString), npgsql => npgsql.CommandTimeout(60));

    /// <summary>
    /// The operator's connection string with Ratsnetz's defaults for what it leaves open. <c>No Reset On Close</c>:
    /// by default Npgsql resets a pooled connection on its next use (RESET ALL, CLOSE ALL, UNLISTEN, DISCARD …), a
    /// statement the server parses and runs before every request's first query, about 0.1 ms of its CPU for an API
    /// page. Ratsnetz keeps no session state that must not outlive a request: transactions end, settings are
    /// <c>SET LOCAL</c> or reset by the statement that made them, and <c>jit = off</c> (search) suits every query.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

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
