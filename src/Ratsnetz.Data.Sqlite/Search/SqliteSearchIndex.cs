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
    // Candidates are checked and ordered through the covering index of migration 0014 (kind, year, visibility, date,
    // reference, folded title by id); only the page's own rows are read from the table with their text.
    private const string Keys = "search_documents d INDEXED BY search_index_keys";

    public async Task<SearchIndexPage> FindAsync(AppDbContext db, SearchIndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<SqliteParameter>();
        var filters = Filters(query, parameters);
        var clauses = query.Query.Clauses;
        var references = query.Query.References();
        // A bare number in ORDER BY would name a result column, so without references the term is left out entirely.
        var referenceRank = references.Count == 0
            ? string.Empty
            : $"CASE WHEN lower(d.reference) IN ({string.Join(", ", references.Select((r, i) => Add(parameters, $"$ref{i}", r)))}) THEN d.kind <> 'paper' ELSE 2 END, ";
        var titleHits = "0 + " + string.Join(" + ", clauses.Select((c, i) => c.Substring() is { } s
            ? $"(instr(d.title_folded, {Add(parameters, $"$title{i}", s)}) > 0)"
            : "0"));
        var strictFilter = filters.Count == 0 ? string.Empty : "AND " + string.Join(" AND ", filters);

        // A reference's numbers are common tokens ("12", "2019"): at a million papers its token matches fill the window
        // with the newest-indexed file texts, and the paper carrying the reference was not among them. For a query of
        // one reference the documents carrying it are candidates as well, looked up by the index of migration 0016.
        var carrying = clauses is [ReferenceClause]
            ? $"SELECT d.id FROM search_documents d INDEXED BY search_index_reference WHERE d.reference IS NOT NULL AND lower(d.reference) = $ref0 {strictFilter}"
            : "SELECT NULL AS id WHERE false";
        var limit = query.CandidateLimit;
        var order = query.Order == SearchOrder.Newest
            ? "d.date DESC NULLS LAST, d.id DESC"
            : $"{referenceRank}s.id IS NULL, {titleHits} DESC, s.score, d.date DESC NULLS LAST, d.id";

        // The candidates (ADR 0018): FTS5 streams the documents matching every clause as tokens in rowid order, newest
        // first, so the first CandidateLimit of them cost no more than that many, however common the words. When they
        // fill the candidates, that is the answer, ranked without bm25: bm25 counts every document matching each
        // phrase before it scores one (0.1 s for a word in 740,000 documents), and the candidates are the newest
        // matches anyway. Otherwise the query runs again with bm25, which then counts few, and with the
        // compound-part (trigram) matches, again at most CandidateLimit.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var strict = new List<string>();
            foreach (var clause in clauses)
            {
                strict.Add(clause is WordClause { Stem.Length: >= 3 } word
                    ? await SqliteWordExpansion.StartingWithAsync(db, word.Stem, cancellationToken) ?? TokenExpression(clause, prefix: true)
                    : TokenExpression(clause, clause.MatchesTokenPrefix()));
            }

            parameters.Add(new SqliteParameter("$strict", string.Join(" AND ", strict)));
            var page = await PageAsync(db, Statement(score: "NULL", wide: "SELECT NULL AS id WHERE false", onlyWhenCapped: true), parameters, cancellationToken);
            // A paper reference is an identifier: as a substring "146/2021" would also find 1146/2021, so a query of
            // references alone looks for substrings only when no document holds them as written.
            var exact = page.Total > 0 && clauses.All(c => c is ReferenceClause);
            return page.Capped
                ? page
                : await PageAsync(db, Statement(query.Order == SearchOrder.Newest ? "NULL" : "bm25(search_index_terms, 10.0, 1.0)",
                    exact ? "SELECT NULL AS id WHERE false" : await WideAsync(db, query, filters, parameters, cancellationToken), onlyWhenCapped: false),
                    parameters, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // The page's ordering reads the covering index; the table is read for the page's rows only. The first statement
        // ranks and reads a page only when its candidates are capped: otherwise the second one answers, and the first
        // one's page of long file texts (1.5 MB for "Gemeinderat Stadtbahn") was read for nothing.
        string Statement(string score, string wide, bool onlyWhenCapped) => $"""
                WITH strict AS MATERIALIZED (
                    SELECT t.rowid AS id, {score} AS score
                    FROM search_index_terms t JOIN {Keys} ON d.id = t.rowid
                    WHERE search_index_terms MATCH $strict {KindRange(query, "t")} {strictFilter}
                    ORDER BY t.rowid DESC LIMIT {limit}),
                wide AS MATERIALIZED ({wide}),
                carrying AS MATERIALIZED ({carrying}),
                pool AS MATERIALIZED (SELECT id FROM strict UNION SELECT id FROM wide UNION SELECT id FROM carrying),
                counted AS (
                    SELECT (SELECT count(*) FROM pool) AS total,
                           (SELECT count(*) FROM strict) >= {limit} OR (SELECT count(*) FROM wide) >= {limit} AS capped),
                ranked AS MATERIALIZED (
                    SELECT d.id, row_number() OVER (ORDER BY {order}) AS position
                    FROM pool JOIN {Keys} ON d.id = pool.id LEFT JOIN strict s ON s.id = d.id
                    {(onlyWhenCapped ? "WHERE (SELECT capped FROM counted)" : string.Empty)}
                    ORDER BY position
                    LIMIT {query.Limit} OFFSET {query.Offset}),
                page AS (
                    SELECT r.position, d.kind, d.entity_id, d.title, d.reference, d.context, d.date, d.content
                    FROM ranked r JOIN search_documents d ON d.id = r.id)
                SELECT counted.total, counted.capped, page.kind, page.entity_id, page.title, page.reference, page.context, page.date, page.content
                FROM counted LEFT JOIN page ON 1
                ORDER BY page.position
                """;
    }

    /// <summary>
    /// The documents containing every clause as a substring of the folded text, newest first, at most CandidateLimit,
    /// streamed in rowid order and stopped at CandidateLimit documents that pass the filters. For words, these are the
    /// documents holding, for every clause, an indexed word that contains its stem (a compound part: the word list
    /// names them, and the token index streams them); a word's token match implies it. Otherwise, or when a stem is
    /// part of too many words, one FTS5 query on the trigram table with the clauses joined by AND: a phrase or a
    /// reference matched by tokens in one clause and only as a substring in another is then not a candidate. A clause
    /// shorter than three characters has no substring, so such a query matches by tokens only. Before, each clause's
    /// matches were collected in full.
    /// </summary>
    private static async Task<string> WideAsync(
        AppDbContext db, SearchIndexQuery query, List<string> filters, List<SqliteParameter> parameters, CancellationToken ct)
    {
        var clauses = query.Query.Clauses;
        var substrings = clauses.Select(c => c.Substring()).ToList();
        if (substrings.Any(s => s is null))
        {
            return "SELECT NULL AS id WHERE false";
        }

        var where = filters.Count == 0 ? string.Empty : "AND " + string.Join(" AND ", filters);
        var limit = query.CandidateLimit;
        if (clauses.All(c => c is WordClause))
        {
            var parts = new List<string>();
            foreach (var clause in clauses.Cast<WordClause>())
            {
                if (await SqliteWordExpansion.ContainingAsync(db, clause.Stem, ct) is not { } part)
                {
                    break;
                }

                parts.Add(part);
            }

            if (parts.Count == clauses.Count)
            {
                return $"""
                    SELECT t.rowid AS id FROM search_index_terms t JOIN {Keys} ON d.id = t.rowid
                    WHERE search_index_terms MATCH {Add(parameters, "$parts", string.Join(" AND ", parts))} {KindRange(query, "t")} {where}
                    ORDER BY t.rowid DESC LIMIT {limit}
                    """;
            }
        }

        var match = Add(parameters, "$substrings", string.Join(" AND ", substrings.Select(s => SqliteWordExpansion.Quote(s!))));
        return $"""
            SELECT g.rowid AS id FROM search_index_trigram g JOIN {Keys} ON d.id = g.rowid
            WHERE search_index_trigram MATCH {match} {KindRange(query, "g")} {where}
            ORDER BY g.rowid DESC LIMIT {limit}
            """;
    }

    // A rebuild writes the documents kind by kind, so each kind's documents mostly lie in one stretch of ids; bounding the
    // FTS5 rowid to it (an index lookup at either end) spares a search narrowed to agenda items walking every matching
    // file first: 0.3 s for a word in 900,000 documents. Documents added later only widen the stretch.
    private static string KindRange(SearchIndexQuery query, string alias) => query.Filter.Kind is null
        ? string.Empty
        : $"AND {alias}.rowid BETWEEN (SELECT min(id) FROM search_documents WHERE kind = $kind) AND (SELECT max(id) FROM search_documents WHERE kind = $kind)";

    private static async Task<SearchIndexPage> PageAsync(AppDbContext db, string sql, List<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql, parameters);
        return await SearchIndexPageReader.ReadAsync(command, (r, i) => DateOnly.Parse(r.GetString(i), CultureInfo.InvariantCulture), cancellationToken);
    }

    // The word list of migration 0014 is keyed by the word, so a range on the first letter is a short index scan.
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
                "SELECT word FROM search_index_words WHERE word >= $low AND word < $high AND length(word) BETWEEN $min AND $max", parameters);
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

    // FTS5 syntax: a quoted string is a phrase of tokens; a trailing * makes it a prefix query.
    private static string TokenExpression(SearchClause clause, bool prefix) =>
        SqliteWordExpansion.Quote(string.Join(' ', clause.TokenStems())) + (prefix ? "*" : string.Empty);


    private static string Json(IReadOnlyList<int> ids) => JsonSerializer.Serialize(ids);

    private static string Add(List<SqliteParameter> parameters, string name, object value)
    {
        parameters.Add(new SqliteParameter(name, value));
        return name;
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
