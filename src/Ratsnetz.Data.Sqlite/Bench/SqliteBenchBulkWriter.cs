using Microsoft.Data.Sqlite;
using Ratsnetz.Bench;

namespace Ratsnetz.Data.Sqlite.Bench;

/// <summary>
/// Bulk loading into SQLite: one connection, one transaction for the whole data set, one prepared INSERT per table
/// reused for every row. Durability is switched off until the commit (a failed load leaves nothing behind anyway),
/// and a large page cache keeps the secondary indexes in memory while they fill.
/// </summary>
public sealed class SqliteBenchBulkWriter : IBenchBulkWriter
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private SqliteBenchBulkWriter(SqliteConnection connection)
    {
        _connection = connection;
    }

    public static async Task<SqliteBenchBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new SqliteBenchBulkWriter(connection);
        // foreign_keys as EF Core sets it: every generated reference is checked while loading, as on PostgreSQL.
        await writer.ExecuteAsync("PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY;", cancellationToken);
        writer._transaction = connection.BeginTransaction();
        return writer;
    }

    public async Task<bool> HoldsCouncilDataAsync(CancellationToken cancellationToken)
    {
        foreach (var table in BenchTables.InLoadOrder)
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table.Name}\")";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public Task<IBenchRowWriter> BeginTableAsync(BenchTable table, CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"));
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({values})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        return Task.FromResult<IBenchRowWriter>(new SqliteRowWriter(command, parameters));
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        // Planner statistics from a sample: without them SQLite may pick the modified index for a keyset page.
        await ExecuteAsync("PRAGMA synchronous = FULL; PRAGMA analysis_limit = 2000; ANALYZE;", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class SqliteRowWriter(SqliteCommand command, SqliteParameter[] parameters) : IBenchRowWriter
    {
        private int _column;

        public void Number(int? value) => Set(value);

        public void BigNumber(long value) => Set(value);

        public void Text(string? value) => Set(value);

        public void Bool(bool? value) => Set(value);

        // Microsoft.Data.Sqlite formats dates, times and instants exactly as it does for EF Core's parameters.
        public void Date(DateOnly? value) => Set(value);

        public void Time(TimeOnly? value) => Set(value);

        public void Timestamp(DateTime? value) => Set(value);

        public void Bytes(byte[] value) => Set(value);

        public void EndRow()
        {
            if (_column != parameters.Length)
            {
                throw new InvalidOperationException($"{command.CommandText}: {_column} values for {parameters.Length} columns.");
            }

            command.ExecuteNonQuery();
            _column = 0;
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => command.DisposeAsync();

        private void Set(object? value) => parameters[_column++].Value = value ?? DBNull.Value;
    }
}
