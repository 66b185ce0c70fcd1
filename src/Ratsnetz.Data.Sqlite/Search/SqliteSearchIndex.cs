using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Data.Sqlite.Search;

/// <summary>
/// Search on SQLite with two FTS5 tables kept current by triggers on <c>search_documents</c> (migration 0012):
/// <c>search_index_terms</c> (unicode61 over the stems, bm25 with the title weighted 10:1) and
/// <c>search_index_trigram</c> (trigram tokenizer over the folded text: compound parts and references).
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    public async Task<SearchIndexPage> FindAsync(AppDbContext db, SearchIndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<SqliteParameter>();
        var filters = Filters(query, parameters);
        var where = string.Join("\n AND ", filters.Concat(ClauseConditions(query, parameters)));
        var strict = string.Join(" AND ", query.Query.Clauses.Select(c => TokenExpression(c, c.MatchesTokenPrefix())));
        parameters.Add(new SqliteParameter("$strict", strict));
        var references = query.Query.References();
        // A bare number in ORDER BY would name a result column, so without references the term is left out entirely.
        var referenceRank = references.Count == 0
            ? string.Empty
            : $"CASE WHEN lower(d.reference) IN ({string.Join(", ", references.Select((r, i) => Add(parameters, $"$ref{i}", r)))}) THEN 0 ELSE 1 END, ";
        var titleHits = "0 + " + string.Join(" + ", query.Query.Clauses.Select((c, i) => c.Substring() is { } s
            ? $"(instr(d.title_folded, {Add(parameters, $"$title{i}", s)}) > 0)"
            : "0"));
        var strictFilter = filters.Count == 0 ? string.Empty : "AND " + string.Join(" AND ", filters);
        var limit = SearchIndexQuery.CandidateLimit;
        var order = query.Order == SearchOrder.Newest
            ? "d.date DESC NULLS LAST, d.id DESC"
            : $"{referenceRank}s.score IS NULL, {titleHits} DESC, s.score, d.date DESC NULLS LAST, d.id";

        // The candidates (ADR 0018): FTS5 streams the documents matching every clause as tokens in rowid order, so the
        // first CandidateLimit of them cost no more than that many, however common the words; only when fewer match
        // that way are the compound-part (trigram) matches looked up too, again at most CandidateLimit. bm25 and the
        // other ranking terms are computed for the candidates only, and the count is the candidates'.
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
        // trigram lookup — the expensive part for a common stem — is not needed at all.
        string Statement(bool includeWide) => $"""
                WITH strict AS MATERIALIZED (
                    SELECT t.rowid AS id, bm25(search_index_terms, 10.0, 1.0) AS score
                    FROM search_index_terms t JOIN search_documents d ON d.id = t.rowid
                    WHERE search_index_terms MATCH $strict {strictFilter}
                    ORDER BY t.rowid DESC LIMIT {limit}),
                wide AS MATERIALIZED (
                    SELECT d.id FROM search_documents d
                    WHERE {(includeWide ? where : "false")}
                    LIMIT {limit}),
                pool AS MATERIALIZED (SELECT id FROM strict UNION SELECT id FROM wide),
                counted AS (
                    SELECT (SELECT count(*) FROM pool) AS total,
                           (SELECT count(*) FROM strict) >= {limit} OR (SELECT count(*) FROM wide) >= {limit} AS capped),
                page AS (
                    SELECT d.kind, d.entity_id, d.title, d.reference, d.context, d.date, d.content
                    FROM pool JOIN search_documents d ON d.id = pool.id LEFT JOIN strict s ON s.id = d.id
                    ORDER BY {order}
                    LIMIT {query.Limit} OFFSET {query.Offset})
                SELECT counted.total, counted.capped, page.* FROM counted LEFT JOIN page ON 1
                """;
    }

    private static async Task<SearchIndexPage> PageAsync(AppDbContext db, string sql, List<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql, parameters);
        return await SearchIndexPageReader.ReadAsync(command, (r, i) => DateOnly.Parse(r.GetString(i), CultureInfo.InvariantCulture), cancellationToken);
    }

    // fts5vocab reads the term index in order, so a range on the first letter is a short scan, not a full one.
    public async Task<IReadOnlyList<string>> SimilarStemsAsync(AppDbContext db, string stem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(stem);
        var parameters = new List<SqliteParameter>
        {
            new("$low", stem[..1]),
            new("$high", ((char)(stem[0] + 1)).ToString()),
            new("$min", stem.Length - 2),
            new("$max", stem.Length + 2),
        };
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(db,
                "SELECT term FROM search_index_vocab WHERE term >= $low AND term < $high AND length(term) BETWEEN $min AND $max", parameters);
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
        return SqliteSearchIndexRebuild.BeginAsync(db, cancellationToken);
    }

    private static List<string> Filters(SearchIndexQuery query, List<SqliteParameter> parameters)
    {
        var conditions = new List<string>();
        var visibility = query.Visibility;
        if (!visibility.Everything)
        {
            conditions.Add($"""
                (d.is_public
                 OR (d.kind = 'paper' AND d.entity_id IN (SELECT value FROM json_each({Add(parameters, "$papers", Json(visibility.PaperIds))})))
                 OR (d.kind = 'agenda_item' AND d.entity_id IN (SELECT value FROM json_each({Add(parameters, "$items", Json(visibility.AgendaItemIds))})))
                 OR (d.kind = 'file' AND d.entity_id IN (SELECT value FROM json_each({Add(parameters, "$files", Json(visibility.FileIds))}))))
                """);
        }

        if (query.Filter.BodyId is { } body)
        {
            conditions.Add($"d.body_id = {Add(parameters, "$body", body)}");
        }

        if (query.Filter.Kind is { } kind)
        {
            conditions.Add($"d.kind = {Add(parameters, "$kind", kind)}");
        }

        if (query.Filter.Year is { } year)
        {
            conditions.Add($"d.year = {Add(parameters, "$year", year)}");
        }

        return conditions;
    }

    private static List<string> ClauseConditions(SearchIndexQuery query, List<SqliteParameter> parameters)
    {
        var conditions = new List<string>();
        for (var i = 0; i < query.Query.Clauses.Count; i++)
        {
            var clause = query.Query.Clauses[i];
            var token = $"d.id IN (SELECT rowid FROM search_index_terms WHERE search_index_terms MATCH {Add(parameters, $"$token{i}", TokenExpression(clause, clause.MatchesTokenPrefix()))})";
            conditions.Add(clause.Substring() is { } substring
                ? $"({token} OR d.id IN (SELECT rowid FROM search_index_trigram WHERE search_index_trigram MATCH {Add(parameters, $"$substring{i}", Quote(substring))}))"
                : token);
        }

        return conditions;
    }

    // FTS5 syntax: a quoted string is a phrase of tokens; a trailing * makes it a prefix query.
    private static string TokenExpression(SearchClause clause, bool prefix) =>
        Quote(string.Join(' ', clause.TokenStems())) + (prefix ? "*" : string.Empty);

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Json(IReadOnlyList<int> ids) => JsonSerializer.Serialize(ids);

    private static string Add(List<SqliteParameter> parameters, string name, object value)
    {
        parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    private static async Task<object?> ScalarAsync(AppDbContext db, string sql, List<SqliteParameter> parameters, CancellationToken ct)
    {
        await using var command = Command(db, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    private static DbCommand Command(AppDbContext db, string sql, List<SqliteParameter> parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var parameter in parameters.Where(p => sql.Contains(p.ParameterName, StringComparison.Ordinal)))
        {
            command.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        }

        return command;
    }
}
