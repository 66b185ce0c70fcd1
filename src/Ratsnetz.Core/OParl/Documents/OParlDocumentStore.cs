using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ratsnetz.OParl.Documents;

/// <summary>A stored document as read: its generation, and its JSON when it is current.</summary>
internal readonly record struct StoredJson(long Generation, byte[]? Json);

/// <summary>
/// Reads and writes <c>oparl_documents</c> (ADR 0011). The statements are plain SQL that SQLite and PostgreSQL both
/// understand (<c>INSERT … ON CONFLICT … DO UPDATE … WHERE</c>), so this needs no provider code.
/// </summary>
internal static partial class OParlDocumentStore
{
    private const int BumpChunk = 400;

    /// <summary>The stored documents of these objects; ids are sorted, so one range read finds them all.</summary>
    public static async Task<Dictionary<int, StoredJson>> LoadAsync(DbContext db, OParlDocumentKind kind, IReadOnlyList<int> sortedIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, StoredJson>(sortedIds.Count);
        if (sortedIds.Count == 0)
        {
            return result;
        }

        int first = sortedIds[0], last = sortedIds[^1];
        var rows = await db.Set<StoredOParlDocument>().AsNoTracking()
            .Where(d => d.Kind == kind && d.Id >= first && d.Id <= last)
            .Select(d => new { d.Id, d.Generation, d.Format, d.Json })
            .ToListAsync(cancellationToken);
        var wanted = sortedIds.Count == last - first + 1 ? null : sortedIds.ToHashSet();
        foreach (var row in rows)
        {
            if (wanted is null || wanted.Contains(row.Id))
            {
                result[row.Id] = new StoredJson(row.Generation, row.Format == OParlDocumentFormat.Current ? row.Json : null);
            }
        }

        return result;
    }

    /// <summary>
    /// Stores freshly rendered documents, each only if its generation is still the one seen before rendering: a
    /// change committed in between has raised it, and then the older rendering is simply not kept. A failure costs
    /// only the saving, never the answer.
    /// </summary>
    public static async Task SaveAsync(DbContext db, OParlDocumentKind kind, IReadOnlyList<(int Id, long Generation, byte[] Json)> documents, ILogger logger, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            foreach (var (id, generation, json) in documents)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO oparl_documents (kind, id, generation, format, json) VALUES ({(short)kind}, {id}, {generation}, {OParlDocumentFormat.Current}, {json})
                    ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json, format = excluded.format
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
            var sql = new StringBuilder("INSERT INTO oparl_documents (kind, id, generation, format, json) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(((short)chunk[i].Kind).ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(chunk[i].Id.ToString(CultureInfo.InvariantCulture)).Append(", 1, 0, NULL)");
            }

            sql.Append(" ON CONFLICT (kind, id) DO UPDATE SET generation = oparl_documents.generation + 1, json = NULL");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {Count} rendered OParl documents of kind {Kind}; they are rendered again next time")]
    private static partial void LogNotStored(ILogger logger, Exception exception, int count, OParlDocumentKind kind);
}
