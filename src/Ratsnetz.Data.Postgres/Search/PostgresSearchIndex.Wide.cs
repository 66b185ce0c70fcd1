using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Data.Postgres.Search;

/// <summary>The wide lookup of <see cref="PostgresSearchIndex"/>: compound parts and substrings (ADR 0018).</summary>
public sealed partial class PostgresSearchIndex
{
    // For a query of words only, their compound parts as SQLite finds them (ADR 0018): the indexed words containing
    // each stem (the word list, through its trigram index, migration 0014), at most MaxWords a stem, so that the wide
    // lookup is a token query again — partition by partition and stopping at the candidate limit — instead of the
    // trigram index over the documents, whose candidates' long texts had to be decompressed to recheck LIKE (70-450 ms).
    // Null when a clause is not such a word or a stem is part of too many words: then the trigram lookup.
    private static async Task<List<List<string>>?> CompoundPartsAsync(AppDbContext db, SearchIndexQuery query, CancellationToken ct)
    {
        if (!query.Query.Clauses.All(c => c is WordClause && c.Substring() is not null))
        {
            return null;
        }

        var parts = new List<List<string>>();
        foreach (var word in query.Query.Clauses.Cast<WordClause>())
        {
            await using var command = Command(db, $"SELECT word FROM search_index_words WHERE word LIKE @pattern LIMIT {MaxWords + 1}",
                [new NpgsqlParameter("pattern", $"%{EscapeLike(word.Stem)}%")]);
            var words = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    words.Add(reader.GetString(0));
                }
            }

            if (words.Count > MaxWords)
            {
                return null;
            }

            // No word at all: the stem itself, which matches nothing, keeps the query valid.
            parts.Add(words.Count == 0 ? [word.Stem] : words);
        }

        return parts;
    }

    private static string PartsLookup(
        SearchIndexQuery query, List<List<string>> parts, List<string> visibility, Func<string, List<string>> narrowing, string keys,
        List<NpgsqlParameter> parameters)
    {
        var expression = string.Join(" & ", parts.Select(words => "(" + string.Join(" | ", words.Select(Lexeme)) + ")"));
        var conditions = string.Concat(narrowing("v").Select(n => " AND " + n));
        return $"""
            SELECT d.id, NULL::real AS score, {keys}
            FROM (SELECT v.id FROM search_index_vectors v
                  WHERE v.tokens @@ to_tsquery('simple'::regconfig, {Add(parameters, "parts", expression)}){conditions} OFFSET 0) v
            JOIN search_documents d ON d.id = v.id
            WHERE true{string.Concat(visibility.Select(c => " AND " + c))}
            LIMIT {query.CandidateLimit}
            """;
    }

    // The documents matching every clause by tokens or as a substring of the folded text, at most CandidateLimit. The
    // lookup is driven by an index, never by the table: the words' substrings together through the trigram index, or,
    // for a query of phrases and references only, the first one's token matches united with its trigram matches. The
    // other clauses are then tested on the rows found. Written as one condition with an OR over a subquery, the
    // planner could not use either index and read all 5 million documents (23 s at 1M papers for "146/2021").
    private static string Wide(SearchIndexQuery query, List<string> filters, string keys, List<NpgsqlParameter> parameters)
    {
        var clauses = query.Query.Clauses.Select((clause, i) => (Clause: clause, Index: i, Substring: clause.Substring())).ToList();
        var words = clauses.Where(c => c.Clause is WordClause && c.Substring is not null).ToList();
        var driver = words.Count > 0 ? words : [clauses.First(c => c.Substring is not null)];
        var likes = driver.Select(c => $"d.folded LIKE {Add(parameters, $"substring{c.Index}", $"%{EscapeLike(c.Substring!)}%")}");
        var lookup = words.Count > 0
            ? $"SELECT d.id FROM search_documents d WHERE {string.Join(" AND ", likes)}"
            : $"""
              SELECT id FROM search_index_vectors WHERE tokens @@ to_tsquery('simple'::regconfig, {Add(parameters, $"token{driver[0].Index}", TokenExpression(driver[0].Clause, false))})
              UNION SELECT d.id FROM search_documents d WHERE {likes.Single()}
              """;
        var conditions = filters.Concat(clauses.Except(driver).Select(c => ClauseCondition(c.Clause, c.Index, c.Substring, parameters))).ToList();
        return $"""
            SELECT d.id, NULL::real AS score, {keys} FROM ({lookup} OFFSET 0) w JOIN search_documents d ON d.id = w.id
            WHERE {(conditions.Count == 0 ? "true" : string.Join("\n AND ", conditions))}
            LIMIT {query.CandidateLimit}
            """;
    }
}
