using Npgsql;
using NpgsqlTypes;
using Ratsnetz.Bench;

namespace Ratsnetz.Data.Postgres.Bench;

/// <summary>
/// Bulk loading into PostgreSQL with binary COPY, all tables in one transaction (a failed load leaves nothing
/// behind). Afterwards the identity sequences move past the written ids, so rows added later by the application
/// get fresh ids, and VACUUM ANALYZE gives the planner statistics and the visibility map for index-only scans.
/// </summary>
public sealed class PostgresBenchBulkWriter : IBenchBulkWriter
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _transaction;

    private PostgresBenchBulkWriter(NpgsqlConnection connection)
    {
        _connection = connection;
    }

    public static async Task<PostgresBenchBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Loading a million papers takes minutes; the default 30 s command timeout would stop it.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new PostgresBenchBulkWriter(connection);
        writer._transaction = await connection.BeginTransactionAsync(cancellationToken);
        return writer;
    }

    public async Task<bool> HoldsCouncilDataAsync(CancellationToken cancellationToken)
    {
        var probe = string.Join(" OR ", BenchTables.InLoadOrder.Select(t => $"EXISTS (SELECT 1 FROM {t.Name})"));
        await using var command = new NpgsqlCommand($"SELECT {probe}", _connection, _transaction);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async Task<IBenchRowWriter> BeginTableAsync(BenchTable table, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var importer = await _connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        return new CopyRowWriter(importer, table.Columns.Count);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var table in BenchTables.InLoadOrder.Where(t => t.Columns[0].Name == "id"))
        {
            await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), GREATEST((SELECT MAX(id) FROM {table.Name}), 1))", cancellationToken);
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        await ExecuteAsync($"VACUUM (ANALYZE) {string.Join(", ", BenchTables.InLoadOrder.Select(t => t.Name))}", cancellationToken);
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
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class CopyRowWriter(NpgsqlBinaryImporter importer, int columns) : IBenchRowWriter
    {
        private int _column;

        public void Number(int? value) => Write(value, NpgsqlDbType.Integer);

        public void BigNumber(long value) => Write<long>(value, NpgsqlDbType.Bigint);

        public void Text(string? value)
        {
            Next();
            if (value is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(value, NpgsqlDbType.Text);
            }
        }

        public void Bool(bool? value) => Write(value, NpgsqlDbType.Boolean);

        public void Date(DateOnly? value) => Write(value, NpgsqlDbType.Date);

        public void Time(TimeOnly? value) => Write(value, NpgsqlDbType.Time);

        public void Timestamp(DateTime? value) => Write(value, NpgsqlDbType.TimestampTz);

        public void Bytes(byte[] value)
        {
            Next();
            importer.Write(value, NpgsqlDbType.Bytea);
        }

        public void EndRow()
        {
            if (_column != columns)
            {
                throw new InvalidOperationException($"COPY row with {_column} values for {columns} columns.");
            }

            _column = 0;
        }

        public async Task CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

        public ValueTask DisposeAsync() => importer.DisposeAsync();

        private void Write<T>(T? value, NpgsqlDbType type)
            where T : struct
        {
            Next();
            if (value is { } present)
            {
                importer.Write(present, type);
            }
            else
            {
                importer.WriteNull();
            }
        }

        private void Next()
        {
            if (_column++ == 0)
            {
                importer.StartRow();
            }
        }
    }
}
