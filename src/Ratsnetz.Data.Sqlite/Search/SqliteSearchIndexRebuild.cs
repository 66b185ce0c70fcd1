using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Data.Sqlite.Search;

/// <summary>
/// A rebuild on SQLite (ADR 0018), on a connection of its own with a large page cache. Every step is one transaction
/// in which the triggers of migration 0012 are dropped and put back from their stored definitions (SQLite's schema
/// changes are transactional, so no other connection ever sees the table without them): the index is emptied with a
/// plain delete and FTS5's 'delete-all'; each batch is a prepared insert per document followed by one
/// <c>INSERT … SELECT</c> per FTS5 table. Through the triggers FTS5 would write every row as a segment of its own
/// (each statement inside a transaction flushes its pending terms), which made a rebuild about a hundred times slower.
/// </summary>
internal sealed class SqliteSearchIndexRebuild : ISearchIndexRebuild
{
    private static readonly string[] Columns =
        ["kind", "entity_id", "body_id", "date", "year", "is_public", "title", "reference", "context", "content", "title_terms", "content_terms", "title_folded", "folded"];

    private readonly SqliteConnection _connection;
    private readonly List<(string Name, string Sql)> _triggers;

    private SqliteSearchIndexRebuild(SqliteConnection connection, List<(string Name, string Sql)> triggers)
    {
        _connection = connection;
        _triggers = triggers;
    }

    public static async Task<ISearchIndexRebuild> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        try
        {
            // 256 MB of page cache: the FTS5 b-trees being appended to stay in memory between batches.
            await ExecuteAsync(connection, null, "PRAGMA cache_size = -262144", ct);
            var triggers = new List<(string Name, string Sql)>();
            await using (var read = new SqliteCommand("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_documents'", connection))
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    triggers.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            var rebuild = new SqliteSearchIndexRebuild(connection, triggers);
            await rebuild.WithoutTriggersAsync(transaction => ExecuteAsync(connection, transaction, """
                DELETE FROM search_documents;
                DELETE FROM search_index_words;
                INSERT INTO search_index_word_trigrams (search_index_word_trigrams) VALUES ('delete-all');
                INSERT INTO search_index_terms (search_index_terms) VALUES ('delete-all');
                INSERT INTO search_index_trigram (search_index_trigram) VALUES ('delete-all');
                """, ct), ct);
            return rebuild;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WithoutTriggersAsync(async transaction =>
        {
            long before;
            await using (var max = new SqliteCommand("SELECT coalesce(max(id), 0) FROM search_documents", _connection, transaction))
            {
                before = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            await using (var insert = new SqliteCommand(
                $"INSERT INTO search_documents ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})", _connection, transaction))
            {
                var parameters = Columns.Select(c => insert.Parameters.Add(new SqliteParameter("$" + c, null))).ToArray();
                insert.Prepare();
                foreach (var d in documents)
                {
                    object?[] values =
                    [
                        d.Kind, d.EntityId, d.BodyId, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Year, d.IsPublic ? 1 : 0,
                        d.Title, d.Reference, d.Context, d.Content, d.TitleTerms, d.ContentTerms, d.TitleFolded, d.Folded,
                    ];
                    for (var i = 0; i < values.Length; i++)
                    {
                        parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            // What the insert trigger of migration 0012 does per row, once for the batch.
            await using var index = new SqliteCommand("""
                INSERT INTO search_index_terms (rowid, title_terms, content_terms) SELECT id, title_terms, content_terms FROM search_documents WHERE id > $before;
                INSERT INTO search_index_trigram (rowid, folded) SELECT id, folded FROM search_documents WHERE id > $before;
                """, _connection, transaction);
            index.Parameters.AddWithValue("$before", before);
            await index.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    // Every batch was committed as it was written. No 'optimize': FTS5's automatic merging keeps the segment count
    // bounded, and merging a million documents' trigrams into one segment would need the index's size again on disk.
    // The typo fallback's word list is filled once from the finished index (31 s at a million papers) rather than per
    // batch as the insert trigger does per row, which would add a lookup per word of every document.
    public Task CompleteAsync(CancellationToken cancellationToken) =>
        ExecuteAsync(_connection, null, "INSERT OR IGNORE INTO search_index_words (word) SELECT term FROM search_index_vocab WHERE length(term) >= 3", cancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task WithoutTriggersAsync(Func<SqliteTransaction, Task> work, CancellationToken ct)
    {
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        foreach (var (name, _) in _triggers)
        {
            await ExecuteAsync(_connection, transaction, $"DROP TRIGGER \"{name}\"", ct);
        }

        await work(transaction);
        foreach (var (_, sql) in _triggers)
        {
            await ExecuteAsync(_connection, transaction, sql, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = new SqliteCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
