using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ratsnetz.Data;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Hosting;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Testing;

/// <summary>
/// A fresh database for one test or fixture, migrated with the real migration scripts: a SQLite file in a temporary
/// folder, or a new PostgreSQL database that is dropped again on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private TestDatabase(DatabaseKind kind, string connectionString, string dataDirectory, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _postgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ProviderName => Kind == DatabaseKind.Sqlite ? "sqlite" : "postgres";

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public IDatabaseProvider Provider => DatabaseServices.ChooseProvider(ProviderName);

    /// <summary>Creates an empty database (no schema); <see cref="TestDatabases.CreateAsync"/> also migrates it.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseKind kind)
    {
        TestEnvironment.SkipUnlessAvailable(kind);
        var directory = Directory.CreateTempSubdirectory("ratsnetz-test-").FullName;
        if (kind == DatabaseKind.Sqlite)
        {
            return new TestDatabase(kind, $"Data Source={Path.Combine(directory, "test.db")}", directory, null);
        }

        var admin = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString);
        var name = $"ratsnetz_test_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        admin.Database = name;
        admin.Pooling = false;
        return new TestDatabase(kind, admin.ConnectionString, directory, name);
    }

    public AppDbContext CreateContext(TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Provider.Configure(options.UseClock(clock ?? new TestClock()), ConnectionString);
        return new AppDbContext(options.Options);
    }

    public IdentityStoreDbContext CreateIdentityContext()
    {
        var options = new DbContextOptionsBuilder<IdentityStoreDbContext>();
        Provider.Configure(options, ConnectionString);
        return new IdentityStoreDbContext(options.Options);
    }

    public async Task<MigrationReport> MigrateAsync()
    {
        await using var db = CreateContext();
        return await new SchemaMigrator(db, Provider, new TestClock()).MigrateAsync(CancellationToken.None);
    }

    /// <summary>Settings for a web host or tool host on this database.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Database:Provider"] = ProviderName,
        ["ConnectionStrings:Ratsnetz"] = ConnectionString,
        ["Ratsnetz:DataDirectory"] = DataDirectory,
    };

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropPostgresDatabaseAsync(_postgresName);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection is left for the OS to clean up.
        }
    }

    private static async Task DropPostgresDatabaseAsync(string name)
    {
        // An autovacuum worker may still be on the fresh database; without pg_signal_backend FORCE cannot end it.
        // Retrying is enough in practice, and a database left behind is clutter, not a failed test.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
            catch (PostgresException)
            {
                return;
            }
        }
    }
}

public static class TestDatabases
{
    /// <summary>A fresh database with the current schema, applied by the real migrations.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateEmptyAsync(kind);
        await database.MigrateAsync();
        return database;
    }
}
