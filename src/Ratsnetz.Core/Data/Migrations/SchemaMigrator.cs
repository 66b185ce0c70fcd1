using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Ratsnetz.Data.Migrations;

/// <summary>
/// Applies the provider's numbered SQL scripts that the database has not seen yet, each in its own transaction,
/// and records them in <c>schema_history</c>. Refuses to run when an applied script was changed afterwards or
/// the database is newer than this program.
/// </summary>
public sealed class SchemaMigrator(AppDbContext db, IDatabaseProvider provider, TimeProvider clock)
{
    private const string HistoryTable = "schema_history";

    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = provider.LoadMigrations();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var migrationLock = await provider.LockForMigrationAsync(connection, cancellationToken);
            await ExecuteAsync(connection, null, $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at VARCHAR(40) NOT NULL)", cancellationToken);
            var applied = await ReadHistoryAsync(connection, cancellationToken);
            Verify(scripts, applied);

            var newlyApplied = new List<MigrationScript>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = $"INSERT INTO {HistoryTable} (version, name, checksum, applied_at) VALUES ({script.Version}, '{script.Name}', '{script.Checksum}', '{clock.GetUtcNow():O}')";
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                newlyApplied.Add(script);
            }

            return new MigrationReport(provider.Name, scripts.Count, applied.Count, newlyApplied.Select(s => $"{s.Version:D4}_{s.Name}").ToList());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Versions the database has, without changing anything; empty for a new database.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at VARCHAR(40) NOT NULL)", cancellationToken);
            var applied = await ReadHistoryAsync(connection, cancellationToken);
            return applied.Keys.Order().ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public int LatestVersion => provider.LoadMigrations().Count;

    private static void Verify(IReadOnlyList<MigrationScript> scripts, Dictionary<int, string> applied)
    {
        foreach (var (version, checksum) in applied)
        {
            var script = scripts.FirstOrDefault(s => s.Version == version)
                ?? throw new InvalidOperationException($"The database has schema version {version}, which this version of Ratsnetz does not know. Use a newer Ratsnetz.");
            if (!string.Equals(script.Checksum, checksum, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Migration {version:D4}_{script.Name} was changed after it was applied. Applied migrations must never be edited; add a new one instead.");
            }
        }
    }

    private static async Task<Dictionary<int, string>> ReadHistoryAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version, checksum FROM {HistoryTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // A migration may build an index over millions of rows (0014 takes minutes on a million papers); the default
        // 30 s would abort it halfway. It runs once, started by an operator, and can be cancelled.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

public sealed record MigrationReport(string Provider, int LatestVersion, int PreviousVersion, IReadOnlyList<string> Applied);
