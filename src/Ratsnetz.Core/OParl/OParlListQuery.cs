using System.Data.Common;
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
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Sql(scope, request);
            Add(command, "@kind", (short)kind);
            Add(command, "@after", request.After);
            Add(command, "@take", request.Limit + 1);
            if (!scope.IsSystemList)
            {
                Add(command, "@body", bodyId);
            }

            AddFilters(command, request);

            // On PostgreSQL a prepared statement outlives the pooled connection's close, so from the second page on
            // a connection sends only Bind/Execute and the server skips parsing and planning (~0.3 ms of its CPU per
            // page). There are few distinct texts (scope × filters). On SQLite this only prepares a little earlier.
            await command.PrepareAsync(cancellationToken);
            var rows = new List<OParlListRow>(request.Limit + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Row(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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

        return sql.Append(" ORDER BY e.id LIMIT @take").ToString();
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
