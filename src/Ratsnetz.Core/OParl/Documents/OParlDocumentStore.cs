using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Ratsnetz.OParl.Documents;

/// <summary>A stored document as read: its generation, and its JSON when it is current.</summary>
internal readonly record struct StoredJson(long Generation, byte[]? Json, byte[]? Hash);

/// <summary>A document ready to go into an answer: its JSON and the hash its entity tag is made from.</summary>
internal readonly record struct DocumentBytes(byte[] Json, byte[] Hash)
{
    public static DocumentBytes Of(byte[] json) => new(json, OParlDocumentFormat.Hash(json));
}

/// <summary>
/// Reads and writes <c>oparl_documents</c> (ADR 0011). The statements are plain SQL that SQLite and PostgreSQL both
/// understand (<c>INSERT … ON CONFLICT … DO UPDATE … WHERE</c>), so this needs no provider code.
/// </summary>
internal static partial class OParlDocumentStore
{
    private const int BumpChunk = 400;

    /// <summary>The stored documents of these objects; ids are sorted, so one range read finds them all.</summary>
    /// <remarks>
    /// Plain ADO.NET: this read is on every API request, and for ~350 KB of documents EF's query pipeline cost
    /// several times the read itself. The statement is the same on both engines.
    /// </remarks>
    public static async Task<Dictionary<int, StoredJson>> LoadAsync(DbContext db, OParlDocumentKind kind, IReadOnlyList<int> sortedIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, StoredJson>(sortedIds.Count);
        if (sortedIds.Count == 0)
        {
            return result;
        }

        int first = sortedIds[0], last = sortedIds[^1];
        var wanted = sortedIds.Count == last - first + 1 ? null : sortedIds.ToHashSet();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "SELECT id, generation, format, json, hash FROM oparl_documents WHERE kind = @kind AND id >= @first AND id <= @last";
            Add(command, "@kind", DbType.Int16, (short)kind);
            Add(command, "@first", DbType.Int32, first);
            Add(command, "@last", DbType.Int32, last);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt32(0);
                if (wanted is null || wanted.Contains(id))
                {
                    var current = reader.GetInt32(2) == OParlDocumentFormat.Current && !reader.IsDBNull(3) && !reader.IsDBNull(4);
                    result[id] = current
                        ? new StoredJson(reader.GetInt64(1), reader.GetFieldValue<byte[]>(3), reader.GetFieldValue<byte[]>(4))
                        : new StoredJson(reader.GetInt64(1), null, null);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return result;
    }

    private static void Add(DbCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// Stores freshly rendered documents, each only if its generation is still the one seen before rendering: a
    /// change committed in between has raised it, and then the older rendering is simply not kept. A failure costs
    /// only the saving, never the answer.
    /// </summary>
    public static async Task SaveAsync(DbContext db, OParlDocumentKind kind, IReadOnlyList<(int Id, long Generation, DocumentBytes Document)> documents, ILogger logger, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            foreach (var (id, generation, document) in documents)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO oparl_documents (kind, id, generation, format, json, hash)
                    VALUES ({(short)kind}, {id}, {generation}, {OParlDocumentFormat.Current}, {document.Json}, {document.Hash})
                    ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json, hash = excluded.hash, format = excluded.format
                    WHERE oparl_documents.generation = excluded.generation
                    """,
                    cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbException exception)
        {
            LogNotStored(logger, exception, documents.Count, kind);
        }
    }

    /// <summary>Marks documents outdated: a new generation without JSON. Runs inside the changing transaction.</summary>
    public static async Task BumpAsync(DbContext db, IReadOnlyCollection<OParlDocumentKey> keys, CancellationToken cancellationToken)
    {
        foreach (var chunk in keys.Chunk(BumpChunk))
        {
            // Only integers from the model go into the text, so composing it is safe; it keeps one statement per chunk.
            var sql = new StringBuilder("INSERT INTO oparl_documents (kind, id, generation, format, json, hash) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(((short)chunk[i].Kind).ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(chunk[i].Id.ToString(CultureInfo.InvariantCulture)).Append(", 1, 0, NULL, NULL)");
            }

            sql.Append(" ON CONFLICT (kind, id) DO UPDATE SET generation = oparl_documents.generation + 1, json = NULL, hash = NULL");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {Count} rendered OParl documents of kind {Kind}; they are rendered again next time")]
    private static partial void LogNotStored(ILogger logger, Exception exception, int count, OParlDocumentKind kind);
}
