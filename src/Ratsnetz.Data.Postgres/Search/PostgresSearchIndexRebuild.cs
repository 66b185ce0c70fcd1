using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Data.Postgres.Search;

/// <summary>
/// A rebuild on PostgreSQL (ADR 0018), in one transaction on a connection of its own, so an interrupted rebuild
/// leaves the old index as it was: the trigger of migration 0012 is switched off and the index structures dropped (their
/// definitions read from the catalog first), the tables truncated; each batch is a binary COPY followed by one
/// set-based insert of its tsvectors; at the end the typo fallback's words (collected while writing) are copied and
/// the GIN indexes built once over the loaded rows — much cheaper than keeping them current row by row. The vectors
/// table is hash-partitioned (migration 0014); truncating, inserting and indexing go through its parent.
/// </summary>
internal sealed class PostgresSearchIndexRebuild : ISearchIndexRebuild
{
    // The word list's trigram index too: with fastupdate off (migration 0015) loading 100,000 words into it one by one
    // would be slower than building it once.
    private static readonly string[] IndexNames = ["search_index_terms", "search_index_filters", "search_index_trigram", "search_index_words_trigram"];

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<string> _indexDefinitions;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    private PostgresSearchIndexRebuild(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> indexDefinitions)
    {
        _connection = connection;
        _transaction = transaction;
        _indexDefinitions = indexDefinitions;
    }

    public static async Task<ISearchIndexRebuild> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        // Building the GIN indexes over a million documents takes minutes: no command timeout.
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { CommandTimeout = 0 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            var definitions = new List<string>();
            await using (var read = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY(@names)", connection, transaction))
            {
                read.Parameters.AddWithValue("names", IndexNames);
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    // The catalog writes a partitioned index (search_index_terms since migration 0014) as "ON ONLY",
                    // which would create the parent index alone, without the partitions' indexes.
                    definitions.Add(reader.GetString(0).Replace(" ON ONLY ", " ON ", StringComparison.Ordinal));
                }
            }

            await ExecuteAsync(connection, transaction, $"""
                ALTER TABLE search_documents DISABLE TRIGGER search_index_follow_document;
                {string.Concat(IndexNames.Select(n => $"DROP INDEX IF EXISTS {n};"))}
                TRUNCATE search_index_vectors, search_documents, search_index_words RESTART IDENTITY;
                """, ct);
            return new PostgresSearchIndexRebuild(connection, transaction, definitions);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        long before;
        await using (var max = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM search_documents", _connection, _transaction))
        {
            before = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        await using (var copy = await _connection.BeginBinaryImportAsync(
            "COPY search_documents (kind, entity_id, body_id, date, year, is_public, title, reference, context, content, title_terms, content_terms, title_folded, folded) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var d in documents)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(d.Kind, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(d.EntityId, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, d.BodyId, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, d.Date, NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(copy, d.Year, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(d.IsPublic, NpgsqlDbType.Boolean, cancellationToken);
                foreach (var text in (string?[])[d.Title, d.Reference, d.Context, d.Content, d.TitleTerms, d.ContentTerms, d.TitleFolded, d.Folded])
                {
                    await (text is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken));
                }

                CollectWords(d.TitleTerms);
                CollectWords(d.ContentTerms);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        // The same row as the trigger (migration 0014) writes for a single document.
        await using var vectors = new NpgsqlCommand("""
            INSERT INTO search_index_vectors (id, kind, year, body_id, tokens)
            SELECT id, kind, year, body_id, setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || setweight(to_tsvector('simple'::regconfig, content_terms), 'D')
            FROM search_documents WHERE id > @before
            """, _connection, _transaction);
        vectors.Parameters.AddWithValue("before", before);
        await vectors.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await using (var copy = await _connection.BeginBinaryImportAsync("COPY search_index_words (word) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var word in _words)
            {
                await copy.WriteRowAsync(cancellationToken, word);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(_connection, _transaction, $"""
            SET LOCAL maintenance_work_mem = '512MB';
            {string.Concat(_indexDefinitions.Select(d => d + ";\n"))}
            ALTER TABLE search_documents ENABLE TRIGGER search_index_follow_document;
            """, cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        await ExecuteAsync(_connection, null, "ANALYZE search_documents, search_index_vectors, search_index_words", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    // The trigger keeps stems of three letters and more; the same rule here.
    private void CollectWords(string terms)
    {
        foreach (var word in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3)
            {
                _words.Add(word);
            }
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct
    {
        if (value is { } present)
        {
            await copy.WriteAsync(present, type, ct);
        }
        else
        {
            await copy.WriteNullAsync(ct);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }
}
