using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ratsnetz.OParl.Documents;

namespace Ratsnetz.OParl;

/// <summary>One row of a list page: the object's keyset and stamps, and its stored document as far as there is one.</summary>
internal readonly record struct OParlListRow(int Id, bool Deleted, DateTime Created, DateTime Modified, StoredJson? Stored);

/// <summary>
/// Reads one list page in a single statement: the keyset page of the scope's rows, the filters, the body check and
/// each row's stored document (left join), so a page costs one round trip on either engine.
/// </summary>
internal static class OParlListQuery
{
    public static async Task<List<OParlListRow>> ReadAsync(
        DbContext db, OParlDocumentKind kind, OParlListScope scope, int bodyId, OParlListRequest request, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var page = connection.CreateCommand();
            page.CommandText = Sql(scope, request);
            Add(page, "@kind", (short)kind);
            Add(page, "@after", request.After);
            if (!scope.IsSystemList)
            {
                Add(page, "@body", bodyId);
            }

            AddFilters(page, request);
            page.Transaction = transaction;
            return ForcesGenericPlan(db, request)
                ? await ReadWithGenericPlanAsync(connection, transaction, page, request.Limit, cancellationToken)
                : await ReadAsync(page, request.Limit, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// PostgreSQL plans a prepared statement anew for each execution as long as that looks cheaper than its generic
    /// plan, and for a keyset page it always does: ~0.2 ms of the server's CPU per page, half of what executing it
    /// costs. The generic plan of an unfiltered page is the same plan (the list index from the keyset, one document
    /// lookup per row), so it is forced for this statement alone: set and reset around it in the same round trip.
    /// Filtered pages keep custom plans, because how many rows a <c>modified_since</c> instant leaves decides their
    /// best index.
    /// </summary>
    private static bool ForcesGenericPlan(DbContext db, OParlListRequest request) =>
        db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL"
        && request is { CreatedSince: null, CreatedUntil: null, ModifiedSince: null, ModifiedUntil: null };

    private static async Task<List<OParlListRow>> ReadAsync(DbCommand page, int limit, CancellationToken cancellationToken)
    {
        await using (page)
        {
            // On PostgreSQL a prepared statement outlives the pooled connection's close, so from the second page on
            // a connection sends only Bind/Execute and the server skips parsing (~0.3 ms of its CPU per page). There
            // are few distinct texts (scope × filters). On SQLite this only prepares a little earlier.
            await page.PrepareAsync(cancellationToken);
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            return await RowsAsync(reader, limit, cancellationToken);
        }
    }

    private static async Task<List<OParlListRow>> ReadWithGenericPlanAsync(
        DbConnection connection, DbTransaction? transaction, DbCommand page, int limit, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        batch.BatchCommands.Add(BatchCommand(batch, "SELECT set_config('plan_cache_mode', 'force_generic_plan', false)"));
        var query = BatchCommand(batch, page.CommandText);
        foreach (DbParameter parameter in page.Parameters)
        {
            var copy = query.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            query.Parameters.Add(copy);
        }

        batch.BatchCommands.Add(query);
        batch.BatchCommands.Add(BatchCommand(batch, ResetPlanCacheMode));
        await page.DisposeAsync();

        // The server runs all three before it answers (one Sync, one implicit transaction): the setting is reset even
        // if the reader stops early, and an error in the page rolls back the setting with it. The pooled connection
        // is never handed back forcing generic plans (it keeps its settings: no reset on close).
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await RowsAsync(reader, limit, cancellationToken);
    }

    private const string ResetPlanCacheMode = "SELECT set_config('plan_cache_mode', 'auto', false)";

    private static DbBatchCommand BatchCommand(DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        return command;
    }

    private static async Task<List<OParlListRow>> RowsAsync(DbDataReader reader, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<OParlListRow>(limit + 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Row(reader));
        }

        return rows;
    }

    private static string Sql(OParlListScope scope, OParlListRequest request)
    {
        var sql = new StringBuilder(512)
            .Append("SELECT e.id, e.deleted, e.created, e.modified, d.generation, d.format, d.json, d.hash FROM ")
            .Append(scope.From)
            .Append(" LEFT JOIN oparl_documents d ON d.kind = @kind AND d.id = e.id WHERE (")
            .Append(scope.Where)
            .Append(") AND e.id > @after");
        if (!scope.IsSystemList)
        {
            // A deleted body has no lists; folded in here, the check costs no extra round trip.
            sql.Append(" AND EXISTS (SELECT 1 FROM bodies b WHERE b.id = @body AND NOT b.deleted)");
        }

        if (!request.IncludeDeleted)
        {
            sql.Append(" AND NOT e.deleted");
        }

        if (request.CreatedSince is not null)
        {
            sql.Append(" AND e.created >= @created_since");
        }

        if (request.CreatedUntil is not null)
        {
            sql.Append(" AND e.created <= @created_until");
        }

        if (request.ModifiedSince is not null)
        {
            sql.Append(" AND e.modified >= @modified_since");
        }

        if (request.ModifiedUntil is not null)
        {
            sql.Append(" AND e.modified <= @modified_until");
        }

        // The page size as a literal (an int, one of few values): with a parameter PostgreSQL's generic plan cannot
        // see that a page is small and gathers the whole keyset range in parallel.
        return sql.Append(" ORDER BY e.id LIMIT ").Append((request.Limit + 1).ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static void AddFilters(DbCommand command, OParlListRequest request)
    {
        AddInstant(command, "@created_since", request.CreatedSince);
        AddInstant(command, "@created_until", request.CreatedUntil);
        AddInstant(command, "@modified_since", request.ModifiedSince);
        AddInstant(command, "@modified_until", request.ModifiedUntil);
    }

    /// <remarks>
    /// A UTC <see cref="DateTime"/> without a DbType binds as each engine stores the model's timestamps: Npgsql as
    /// timestamptz, Microsoft.Data.Sqlite as the same sortable text EF Core writes.
    /// </remarks>
    private static void AddInstant(DbCommand command, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            Add(command, name, instant.UtcDateTime);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static OParlListRow Row(DbDataReader reader)
    {
        var id = reader.GetInt32(0);
        var deleted = reader.GetBoolean(1);
        if (deleted)
        {
            // Only a deleted object is written from the row itself; the others carry their stamps in the document.
            return new OParlListRow(id, true, reader.GetDateTime(2), reader.GetDateTime(3), null);
        }

        if (reader.IsDBNull(4))
        {
            return new OParlListRow(id, false, default, default, null);
        }

        var current = reader.GetInt32(5) == OParlDocumentFormat.Current && !reader.IsDBNull(6) && !reader.IsDBNull(7);
        var stored = current
            ? new StoredJson(reader.GetInt64(4), reader.GetFieldValue<byte[]>(6), reader.GetFieldValue<byte[]>(7))
            : new StoredJson(reader.GetInt64(4), null, null);
        return new OParlListRow(id, false, default, default, stored);
    }
}
