using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ratsnetz.OParl;

/// <summary>
/// The statements of one list read, sent in one round trip, and the reader over their results. Disposing it
/// disposes the reader and then the command or batch.
/// </summary>
internal sealed class ListStatement : IAsyncDisposable
{
    private const string ForceGenericPlan = "SELECT set_config('plan_cache_mode', 'force_generic_plan', false)";
    private const string ResetPlanCacheMode = "SELECT set_config('plan_cache_mode', 'auto', false)";

    private readonly IAsyncDisposable _owner;

    private ListStatement(DbDataReader reader, IAsyncDisposable owner)
    {
        Reader = reader;
        _owner = owner;
    }

    public DbDataReader Reader { get; }

    /// <summary>Runs the statements on the context's open connection; the reader stands at the first one's result.</summary>
    /// <param name="genericPlan">
    /// PostgreSQL only: the statements run between setting <c>plan_cache_mode</c> to <c>force_generic_plan</c> and back.
    /// </param>
    public static async Task<ListStatement> ExecuteAsync(
        DbContext db, IReadOnlyList<string> statements, IReadOnlyList<(string Name, object Value)> parameters, bool genericPlan, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (!genericPlan)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = string.Join(";\n", statements);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(Parameter(command.CreateParameter(), name, value));
            }

            // On PostgreSQL a prepared statement outlives the pooled connection's close, so from the second page on
            // a connection sends only Bind/Execute and the server skips parsing (~0.3 ms of its CPU per page). There
            // are few distinct texts (scope × filters). On SQLite this only prepares a little earlier.
            await command.PrepareAsync(cancellationToken);
            return new ListStatement(await command.ExecuteReaderAsync(cancellationToken), command);
        }

        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        batch.BatchCommands.Add(BatchCommand(batch, ForceGenericPlan));
        foreach (var sql in statements)
        {
            var statement = BatchCommand(batch, sql);
            foreach (var (name, value) in parameters)
            {
                // Npgsql binds only the parameters a statement names.
                statement.Parameters.Add(Parameter(statement.CreateParameter(), name, value));
            }

            batch.BatchCommands.Add(statement);
        }

        batch.BatchCommands.Add(BatchCommand(batch, ResetPlanCacheMode));

        // The server runs them all before it answers (one Sync, one implicit transaction): the setting is reset even
        // if the reader stops early, and an error rolls back the setting with it. The pooled connection is never
        // handed back forcing generic plans (it keeps its settings: no reset on close).
        await batch.PrepareAsync(cancellationToken);
        var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return new ListStatement(reader, batch);
    }

    public async ValueTask DisposeAsync()
    {
        await Reader.DisposeAsync();
        await _owner.DisposeAsync();
    }

    private static DbParameter Parameter(DbParameter parameter, string name, object value)
    {
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }

    private static DbBatchCommand BatchCommand(DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        return command;
    }
}
