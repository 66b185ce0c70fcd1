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
        var filters = Filters(query, parameters);
        var where = string.Join("\n AND ", filters.Concat(ClauseConditions(query, parameters)));
        var strict = Add(parameters, "strict", string.Join(" & ", query.Query.Clauses.Select(c => TokenExpression(c, c.MatchesTokenPrefix()))));
        var references = query.Query.References();
        // A bare number in ORDER BY would name a result column, so without references the term is left out entirely.
        var referenceRank = references.Count == 0
            ? string.Empty
            : $"CASE WHEN lower(d.reference) = ANY({Add(parameters, "refs", references.ToArray())}) THEN 0 ELSE 1 END, ";
        var titleHits = "0 + " + string.Join(" + ", query.Query.Clauses.Select((c, i) => c.Substring() is { } s
            ? $"(strpos(d.title_folded, {Add(parameters, $"title{i}", s)}) > 0)::int"
            : "0"));
        var strictFilter = filters.Count == 0 ? string.Empty : "AND " + string.Join(" AND ", filters);
        var limit = SearchIndexQuery.CandidateLimit;
        var order = query.Order == SearchOrder.Newest
            ? "d.date DESC NULLS LAST, d.id DESC"
            : $"{referenceRank}s.score IS NULL, {titleHits} DESC, s.score DESC, d.date DESC NULLS LAST, d.id";

        // The candidates (ADR 0018), as on SQLite: the documents matching every clause as tokens come from the GIN
        // index of the tsvectors, which answers a query of plain (prefix) lexemes exactly, without reading the
        // documents' text; the trigram index, whose matches must be rechecked against the folded text, is asked only
        // when fewer than CandidateLimit matched that way. Both stop at CandidateLimit; ts_rank and the other ranking
        // terms are computed for the candidates only. Before, every query counted and ranked all its matches, and each
        // clause was a subquery of its own: on long file texts that was a median of 455 ms.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var page = await PageAsync(db, Statement(includeWide: false), parameters, cancellationToken);
            return page.Capped || page.Total >= limit ? page : await PageAsync(db, Statement(includeWide: true), parameters, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Without the compound-part (trigram) candidates first: when the token matches alone fill the candidates, the
        // trigram lookup — the expensive part for a common stem — is not needed at all. OFFSET 0 keeps each lookup a
        // query of its own, planned without the LIMIT: with it the planner walked the primary key and tested every
        // row's tsvector or text until a thousand matched — fast for a common word, a full scan for a rare one.
        string Statement(bool includeWide) => $"""
                WITH strict AS MATERIALIZED (
                    SELECT v.id, ts_rank({Weights}, v.tokens, to_tsquery('simple'::regconfig, {strict}), 1) AS score
                    FROM (SELECT id, tokens FROM search_index_vectors WHERE tokens @@ to_tsquery('simple'::regconfig, {strict}) OFFSET 0) v
                    JOIN search_documents d ON d.id = v.id
                    WHERE true {strictFilter}
                    LIMIT {limit}),
                wide AS MATERIALIZED (
                    SELECT id FROM (SELECT d.id FROM search_documents d WHERE {(includeWide ? where : "false")} OFFSET 0) w
                    LIMIT {limit}),
                pool AS MATERIALIZED (SELECT id FROM strict UNION SELECT id FROM wide),
                counted AS (
                    SELECT (SELECT count(*) FROM pool)::int AS total,
                           (SELECT count(*) FROM strict) >= {limit} OR (SELECT count(*) FROM wide) >= {limit} AS capped),
                page AS (
                    SELECT d.kind, d.entity_id, d.title, d.reference, d.context, d.date, d.content
                    FROM pool JOIN search_documents d ON d.id = pool.id LEFT JOIN strict s ON s.id = d.id
                    ORDER BY {order}
                    LIMIT {query.Limit} OFFSET {query.Offset})
                SELECT counted.total, counted.capped, page.* FROM counted LEFT JOIN page ON true
                """;
    }

    private static async Task<SearchIndexPage> PageAsync(AppDbContext db, string sql, List<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql, parameters);
        return await SearchIndexPageReader.ReadAsync(command, (r, i) => r.GetFieldValue<DateOnly>(i), cancellationToken);
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

    private static List<string> Filters(SearchIndexQuery query, List<NpgsqlParameter> parameters)
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

        return conditions;
    }

    private static List<string> ClauseConditions(SearchIndexQuery query, List<NpgsqlParameter> parameters)
    {
        var conditions = new List<string>();
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

        return conditions;
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
