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
    private const string GenerationsSql = "SELECT id, generation FROM oparl_documents WHERE kind = @kind AND id >= @first AND id <= @last";

    public static async Task<List<OParlListRow>> ReadAsync(
        DbContext db, OParlDocumentKind kind, OParlListScope scope, int bodyId, OParlListRequest request, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var statement = await ListStatement.ExecuteAsync(
                db, [Sql(scope, request, documents: true)], Parameters(kind, scope, bodyId, request), ForcesGenericPlan(db, request), cancellationToken);
            var rows = new List<OParlListRow>(request.Limit + 1);
            while (await statement.Reader.ReadAsync(cancellationToken))
            {
                rows.Add(Row(statement.Reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The page's rows as <see cref="ReadAsync"/> reads them, but with only the generations of their documents, for
    /// ids from <paramref name="first"/> to <paramref name="last"/>: enough to tell whether a kept page is still the
    /// same (<see cref="Caching.OParlPageCache"/>). The generations come from one range read of the documents' index
    /// instead of one lookup per row, and no document crosses the connection.
    /// </summary>
    public static async Task<List<OParlListRow>> ReadGenerationsAsync(
        DbContext db, OParlDocumentKind kind, OParlListScope scope, int bodyId, OParlListRequest request, int first, int last, CancellationToken cancellationToken)
    {
        var parameters = Parameters(kind, scope, bodyId, request);
        parameters.Add(("@first", first));
        parameters.Add(("@last", last));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var statement = await ListStatement.ExecuteAsync(
                db, [Sql(scope, request, documents: false), GenerationsSql], parameters, ForcesGenericPlan(db, request), cancellationToken);
            var reader = statement.Reader;
            var rows = new List<OParlListRow>(request.Limit + 1);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt32(0);
                rows.Add(reader.GetBoolean(1)
                    ? new OParlListRow(id, true, reader.GetDateTime(2), reader.GetDateTime(3), null)
                    : new OParlListRow(id, false, default, default, null));
            }

            await reader.NextResultAsync(cancellationToken);
            var generations = new Dictionary<int, long>(rows.Count);
            while (await reader.ReadAsync(cancellationToken))
            {
                generations[reader.GetInt32(0)] = reader.GetInt64(1);
            }

            return rows.ConvertAll(row => !row.Deleted && generations.TryGetValue(row.Id, out var generation)
                ? row with { Stored = new StoredJson(generation, null, null) }
                : row);
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

    private static List<(string Name, object Value)> Parameters(OParlDocumentKind kind, OParlListScope scope, int bodyId, OParlListRequest request)
    {
        var parameters = new List<(string Name, object Value)> { ("@kind", (short)kind), ("@after", request.After) };
        if (!scope.IsSystemList)
        {
            parameters.Add(("@body", bodyId));
        }

        // A UTC DateTime without a DbType binds as each engine stores the model's timestamps: Npgsql as timestamptz,
        // Microsoft.Data.Sqlite as the same sortable text EF Core writes.
        AddInstant(parameters, "@created_since", request.CreatedSince);
        AddInstant(parameters, "@created_until", request.CreatedUntil);
        AddInstant(parameters, "@modified_since", request.ModifiedSince);
        AddInstant(parameters, "@modified_until", request.ModifiedUntil);
        return parameters;
    }

    private static void AddInstant(List<(string Name, object Value)> parameters, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            parameters.Add((name, instant.UtcDateTime));
        }
    }

    private static string Sql(OParlListScope scope, OParlListRequest request, bool documents)
    {
        var sql = new StringBuilder(512)
            .Append(documents ? "SELECT e.id, e.deleted, e.created, e.modified, d.generation, d.format, d.json, d.hash FROM " : "SELECT e.id, e.deleted, e.created, e.modified FROM ")
            .Append(scope.From)
            .Append(documents ? " LEFT JOIN oparl_documents d ON d.kind = @kind AND d.id = e.id WHERE (" : " WHERE (")
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
