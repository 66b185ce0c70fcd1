using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data.Migrations;

namespace Ratsnetz.Data.Sqlite;

/// <summary>The embedded default: one SQLite file in the data directory, zero configuration.</summary>
public sealed class SqliteProvider : IDatabaseProvider
{
    public string Name => "sqlite";

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60));

    public Ratsnetz.Search.ISearchIndex SearchIndex { get; } = new Search.SqliteSearchIndex();

    public IReadOnlyList<MigrationScript> LoadMigrations() => MigrationScript.FromEmbeddedResources(typeof(SqliteProvider).Assembly);

    /// <summary>
    /// The page size of new databases. Most of a Ratsnetz database is documents of a few kilobytes (stored OParl
    /// documents, file texts); with 16 KB pages an OParl list page of 100 documents reads a quarter of the pages it
    /// reads with SQLite's default 4 KB (measured in ADR 0011). It can only be chosen before the first table exists.
    /// </summary>
    public const int PageSize = 16384;

    // SQLite allows one writer; a migration takes the write lock at its first statement, so no extra lock is needed.
    // Before migrating, the file is switched to write-ahead logging (a setting stored in the file, so once is enough):
    // pages are read while an import or upload writes, instead of waiting for it.
    public async Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        // On an existing database this is a no-op; on a new (empty) one it sets the page size before WAL fixes it.
        command.CommandText = $"PRAGMA page_size = {PageSize}; PRAGMA journal_mode = WAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return NoLock.Instance;
    }

    public string? DescribeConnectionProblem(string connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            return $"The SQLite connection string is not valid: {e.Message}";
        }

        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return null;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"The data directory '{directory}' is not writable ({e.Message}). Choose another with --data-dir or RATSNETZ_DATA_DIR.";
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
