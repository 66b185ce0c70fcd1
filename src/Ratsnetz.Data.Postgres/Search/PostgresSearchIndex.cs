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
/// Search on PostgreSQL (migrations 0012, 0014): the stems' tsvector in <c>search_index_vectors</c> (<c>simple</c>
/// configuration, because the stems come from Core; title weight A, text D; <c>ts_rank</c>), hash-partitioned by id
/// with a GIN index per partition, so the token lookup reads partition after partition and stops at the candidate
/// limit; a pg_trgm GIN index on the folded text for phrases and references as written; the word list (with a trigram
/// index) for compound parts and the typo fallback. A word's stem-prefix token match implies that the folded text
/// contains the stem, so single words need no token alternative in the wide lookup; phrases and references do.
/// </summary>
public sealed partial class PostgresSearchIndex : ISearchIndex
{

    // ts_rank's weights for D, C, B, A: the title (A) counts ten times the text (D), as bm25's weights on SQLite.
    private const string Weights = "'{0.1, 0.2, 0.4, 1.0}'::float4[]";

    // As SqliteWordExpansion.MaxWords: a stem inside more indexed words is looked up through the trigram index.
    private const int MaxWords = 300;

    public async Task<SearchIndexPage> FindAsync(AppDbContext db, SearchIndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<NpgsqlParameter>();
        var visibility = Visibility(query, parameters);
        var narrowing = Narrowing(query, parameters);
        var strict = Add(parameters, "strict", string.Join(" & ", query.Query.Clauses.Select(c => TokenExpression(c, c.MatchesTokenPrefix()))));
        var references = query.Query.References();
        var referenceRank = references.Count == 0
            ? "0"
            : $"CASE WHEN lower(d.reference) = ANY({Add(parameters, "refs", references.ToArray())}) THEN (CASE WHEN d.kind = 'paper' THEN 0 ELSE 1 END) ELSE 2 END";
        var titleHits = "0 + " + string.Join(" + ", query.Query.Clauses.Select((c, i) => c.Substring() is { } s
            ? $"(strpos(d.title_folded, {Add(parameters, $"title{i}", s)}) > 0)::int"
            : "0"));
        // The ranking terms other than the score, computed where each candidate's document is read anyway (for the
        // filters), so that the page needs the documents of its own rows only, not all candidates' once more.
        var keys = $"{referenceRank} AS reference_rank, {titleHits} AS title_hits, d.date";
        var strictVisibility = string.Concat(visibility.Select(v => " AND " + v));
        var strictNarrowing = string.Concat(narrowing("v").Select(n => " AND " + n));
        var limit = query.CandidateLimit;

        // As on SQLite: for a query of one reference the documents carrying it are candidates as well (migration 0016),
        // since its numbers' token matches can fill the window without them.
        var carrying = query.Query.Clauses is [ReferenceClause]
            ? $"SELECT d.id, NULL::real AS score, {keys} FROM search_documents d WHERE d.reference IS NOT NULL AND lower(d.reference) = ANY(@refs)"
              + string.Concat(visibility.Concat(narrowing("d")).Select(c => " AND " + c))
            : "SELECT NULL::int AS id, NULL::real AS score, 0 AS reference_rank, 0 AS title_hits, NULL::date AS date WHERE false";

        // A paper reference is an identifier: as a substring "146/2021" would also find 1146/2021, so a query of
        // references alone looks for substrings only when no document holds them as written (as on SQLite).
        var wideGate = query.Query.Clauses.All(c => c is ReferenceClause) ? "= 0" : $"< {limit}";
        var order = query.Order == SearchOrder.Newest
            ? "p.date DESC NULLS LAST, p.id DESC"
            : "p.reference_rank, p.score IS NULL, p.title_hits DESC, p.score DESC, p.date DESC NULLS LAST, p.id";

        // The candidates (ADR 0018), as on SQLite: the documents matching every clause as tokens come from the GIN
        // index of the tsvectors, which answers a query of plain (prefix) lexemes exactly, without reading the
        // documents' text; the wide lookup (compound parts, phrases and references as written) is run only when fewer
        // than CandidateLimit matched that way, and only when some clause can match otherwise than by its tokens. Both
        // stop at CandidateLimit — the token lookup after the partitions (migration 0014) that gave enough matches, so
        // a common word costs a thirty-second of its GIN bitmap; ts_rank and the other ranking terms are computed for
        // the candidates only. A filter (type, year, body) is tested on the vectors' own columns (0014), where its
        // index is combined with the GIN bitmap, so only vectors of documents that pass it are read.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var parts = await CompoundPartsAsync(db, query, cancellationToken);
            var wide = parts is not null
                ? PartsLookup(query, parts, visibility, narrowing, keys, parameters)
                : query.Query.Clauses.Any(c => c.Substring() is not null) ? Wide(query, [.. visibility, .. narrowing("d")], keys, parameters) : null;

            // The planner's estimate for the lookups over 32 partitions (and a trigram lookup it never runs) passes
            // jit_above_cost, and compiling the statement's ~300 expressions took 100-270 ms, for a statement that
            // runs in 5-40 ms. The setting stays with this pooled connection (no reset on close, see
            // PostgresProvider.WithDefaults); off suits every query Ratsnetz runs.
            await using (var noJit = Command(db, "SET jit = off", []))
            {
                await noJit.ExecuteNonQueryAsync(cancellationToken);
            }

            return await PageAsync(db, Statement(wide), parameters, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // As on SQLite, a capped query's candidates are ranked without the engine's score: ts_rank reads each
        // candidate's tsvector, and a file text's is large (de-TOASTed and decompressed); the tokens are carried to
        // the scoring step as TOAST pointers and read only when the token matches did not fill the window.
        // OFFSET 0 keeps each lookup a query of its own, planned without the LIMIT: with it the planner walked the
        // primary key and tested every row's tsvector or text until a thousand matched — fast for a common word, a
        // full scan for a rare one. The wide lookup's condition on the strict count does not depend on its rows, so
        // PostgreSQL tests it once before running the lookup at all: one statement, and the token lookup runs once.
        string Statement(string? wideLookup) => $"""
                WITH strict AS MATERIALIZED (
                    SELECT v.id, v.tokens, {keys}
                    FROM (SELECT v.id, v.tokens FROM search_index_vectors v
                          WHERE v.tokens @@ to_tsquery('simple'::regconfig, {strict}){strictNarrowing} OFFSET 0) v
                    JOIN search_documents d ON d.id = v.id
                    WHERE true{strictVisibility}
                    LIMIT {limit}),
                scored AS MATERIALIZED (
                    SELECT s.id,
                           CASE WHEN (SELECT count(*) FROM strict) < {limit}
                                THEN ts_rank({Weights}, s.tokens, to_tsquery('simple'::regconfig, {strict}), 1) END AS score,
                           s.reference_rank, s.title_hits, s.date
                    FROM strict s),
                wide AS MATERIALIZED ({(wideLookup is null
                    ? "SELECT NULL::int AS id, NULL::real AS score, 0 AS reference_rank, 0 AS title_hits, NULL::date AS date WHERE false"
                    : $"SELECT * FROM ({wideLookup}) w WHERE (SELECT count(*) FROM strict) {wideGate}")}),
                carrying AS MATERIALIZED ({carrying}),
                pool AS MATERIALIZED (
                    SELECT * FROM scored
                    UNION ALL SELECT * FROM wide WHERE id NOT IN (SELECT id FROM strict)
                    UNION ALL SELECT * FROM carrying WHERE id NOT IN (SELECT id FROM strict) AND id NOT IN (SELECT id FROM wide)),
                counted AS (
                    SELECT (SELECT count(*) FROM pool)::int AS total,
                           (SELECT count(*) FROM strict) >= {limit} OR (SELECT count(*) FROM wide) >= {limit} AS capped),
                page AS (
                    SELECT d.kind, d.entity_id, d.title, d.reference, d.context, d.date, d.content
                    FROM (SELECT * FROM pool p ORDER BY {order} LIMIT {query.Limit} OFFSET {query.Offset}) p
                    JOIN search_documents d ON d.id = p.id
                    ORDER BY {order})
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
        // Answered by the index search_index_words_first (migration 0014) on exactly these two expressions: the
        // primary key cannot serve left(word, 1), and a range on it would depend on the column's collation.
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

    private static List<string> Visibility(SearchIndexQuery query, List<NpgsqlParameter> parameters)
    {
        var visibility = query.Visibility;
        return visibility.Everything
            ? []
            : [$"""
                (d.is_public
                 OR (d.kind = 'paper' AND d.entity_id = ANY({Add(parameters, "papers", visibility.PaperIds.ToArray())}))
                 OR (d.kind = 'agenda_item' AND d.entity_id = ANY({Add(parameters, "items", visibility.AgendaItemIds.ToArray())}))
                 OR (d.kind = 'file' AND d.entity_id = ANY({Add(parameters, "files", visibility.FileIds.ToArray())})))
                """];
    }

    // The narrowing by body, type and year, as conditions on the columns that search_documents and (since migration
    // 0014) search_index_vectors share, for the table alias given.
    private static Func<string, List<string>> Narrowing(SearchIndexQuery query, List<NpgsqlParameter> parameters)
    {
        var filter = query.Filter;
        var columns = new List<(string Column, string Parameter)>();
        if (filter.BodyId is { } body)
        {
            columns.Add(("body_id", Add(parameters, "body", body)));
        }

        if (filter.Kind is { } kind)
        {
            columns.Add(("kind", Add(parameters, "kind", kind)));
        }

        if (filter.Year is { } year)
        {
            columns.Add(("year", Add(parameters, "year", year)));
        }

        return alias => columns.Select(c => $"{alias}.{c.Column} = {c.Parameter}").ToList();
    }

    // A clause not driving the wide lookup, tested on the rows it found: a word (whose token match implies the
    // substring) as a substring, a phrase or reference by its tokens or as a substring, a short clause by its tokens.
    private static string ClauseCondition(SearchClause clause, int index, string? substring, List<NpgsqlParameter> parameters)
    {
        var token = $"d.id IN (SELECT id FROM search_index_vectors WHERE tokens @@ to_tsquery('simple'::regconfig, {Add(parameters, $"token{index}", TokenExpression(clause, clause.MatchesTokenPrefix()))}))";
        var like = substring is null ? null : $"d.folded LIKE {Add(parameters, $"substring{index}", $"%{EscapeLike(substring)}%")}";
        return (clause, like) switch
        {
            (WordClause, not null) => like,
            (_, not null) => $"({token} OR {like})",
            _ => token,
        };
    }

    // tsquery syntax: quoted lexemes joined by <-> (followed by); :* makes a prefix match.
    private static string TokenExpression(SearchClause clause, bool prefix) =>
        string.Join(" <-> ", clause.TokenStems().Select(Lexeme)) + (prefix ? ":*" : string.Empty);

    private static string Lexeme(string stem) => $"'{stem.Replace("'", "''", StringComparison.Ordinal)}'";

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
