using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Data.Postgres.Search;

/// <summary>
/// Search on PostgreSQL (migration 0012): the stems' tsvector in <c>search_index_vectors</c> (<c>simple</c>
/// configuration, because the stems come from Core; title weight A, text D; GIN index; <c>ts_rank</c>) and a pg_trgm
/// GIN index on the folded text for compound parts and references. A word's stem-prefix token match implies that the
/// folded text contains the stem, so single words are looked up by the trigram index alone; phrases and references
/// may also match by tokens.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{

    // ts_rank's weights for D, C, B, A: the title (A) counts ten times the text (D), as bm25's weights on SQLite.
    private const string Weights = "'{0.1, 0.2, 0.4, 1.0}'::float4[]";

    public async Task<SearchIndexPage> FindAsync(AppDbContext db, SearchIndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<NpgsqlParameter>();
        var where = Conditions(query, parameters);
        var strict = Add(parameters, "strict", string.Join(" & ", query.Query.Clauses.Select(c => TokenExpression(c, c.MatchesTokenPrefix()))));
        var references = query.Query.References();
        // A bare number in ORDER BY would name a result column, so without references the term is left out entirely.
        var referenceRank = references.Count == 0
            ? string.Empty
            : $"CASE WHEN lower(d.reference) = ANY({Add(parameters, "refs", references.ToArray())}) THEN 0 ELSE 1 END, ";
        var titleHits = "0 + " + string.Join(" + ", query.Query.Clauses.Select((c, i) => c.Substring() is { } s
            ? $"(strpos(d.title_folded, {Add(parameters, $"title{i}", s)}) > 0)::int"
            : "0"));

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            int total;
            await using (var count = Command(db, $"SELECT count(*) FROM search_documents d WHERE {where}", parameters))
            {
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            var hits = new List<SearchIndexHit>();
            if (total > query.Offset)
            {
                await using var command = Command(db, $"""
                    SELECT d.kind, d.entity_id, d.title, d.reference, d.context, d.date, d.content
                    FROM search_documents d
                    JOIN search_index_vectors v ON v.id = d.id
                    CROSS JOIN to_tsquery('simple'::regconfig, {strict}) AS strict_query
                    WHERE {where}
                    ORDER BY {referenceRank}NOT (v.tokens @@ strict_query), {titleHits} DESC, ts_rank({Weights}, v.tokens, strict_query, 1) DESC,
                        d.date DESC NULLS LAST, d.id
                    LIMIT {query.Limit} OFFSET {query.Offset}
                    """, parameters);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    hits.Add(new SearchIndexHit(reader.GetString(0), reader.GetInt32(1), reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.GetString(6)));
                }
            }

            return new SearchIndexPage(total, hits);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The same candidate rule as on SQLite (first letter, length within two), so both engines correct alike.
    public async Task<IReadOnlyList<string>> SimilarStemsAsync(AppDbContext db, string stem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(stem);
        var parameters = new List<NpgsqlParameter>
        {
            new("first", stem[..1]),
            new("min", stem.Length - 2),
            new("max", stem.Length + 2),
        };
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(db,
                "SELECT word FROM search_index_words WHERE left(word, 1) = @first AND length(word) BETWEEN @min AND @max", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var stems = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                stems.Add(reader.GetString(0));
            }

            return stems;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<ISearchIndexRebuild> BeginRebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return PostgresSearchIndexRebuild.BeginAsync(db, cancellationToken);
    }

    private static string Conditions(SearchIndexQuery query, List<NpgsqlParameter> parameters)
    {
        var conditions = new List<string>();
        var visibility = query.Visibility;
        if (!visibility.Everything)
        {
            conditions.Add($"""
                (d.is_public
                 OR (d.kind = 'paper' AND d.entity_id = ANY({Add(parameters, "papers", visibility.PaperIds.ToArray())}))
                 OR (d.kind = 'agenda_item' AND d.entity_id = ANY({Add(parameters, "items", visibility.AgendaItemIds.ToArray())}))
                 OR (d.kind = 'file' AND d.entity_id = ANY({Add(parameters, "files", visibility.FileIds.ToArray())})))
                """);
        }

        if (query.Filter.BodyId is { } body)
        {
            conditions.Add($"d.body_id = {Add(parameters, "body", body)}");
        }

        if (query.Filter.Kind is { } kind)
        {
            conditions.Add($"d.kind = {Add(parameters, "kind", kind)}");
        }

        if (query.Filter.Year is { } year)
        {
            conditions.Add($"d.year = {Add(parameters, "year", year)}");
        }

        for (var i = 0; i < query.Query.Clauses.Count; i++)
        {
            var clause = query.Query.Clauses[i];
            var token = $"d.id IN (SELECT id FROM search_index_vectors WHERE tokens @@ to_tsquery('simple'::regconfig, {Add(parameters, $"token{i}", TokenExpression(clause, clause.MatchesTokenPrefix()))}))";
            var substring = clause.Substring() is { } text ? $"d.folded LIKE {Add(parameters, $"substring{i}", $"%{EscapeLike(text)}%")}" : null;
            conditions.Add((clause, substring) switch
            {
                (WordClause, not null) => substring,
                (_, not null) => $"({token} OR {substring})",
                _ => token,
            });
        }

        return string.Join("\n AND ", conditions);
    }

    // tsquery syntax: quoted lexemes joined by <-> (followed by); :* makes a prefix match.
    private static string TokenExpression(SearchClause clause, bool prefix) =>
        string.Join(" <-> ", clause.TokenStems().Select(s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'")) + (prefix ? ":*" : string.Empty);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string Add(List<NpgsqlParameter> parameters, string name, object value)
    {
        parameters.Add(value is int[] ids
            ? new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ids }
            : new NpgsqlParameter(name, value));
        return "@" + name;
    }

    private static DbCommand Command(AppDbContext db, string sql, List<NpgsqlParameter> parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var parameter in parameters.Where(p => sql.Contains("@" + p.ParameterName, StringComparison.Ordinal)))
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}
