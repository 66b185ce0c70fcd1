using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Ratsnetz.Search;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// The floor of <c>bench search</c>: the engine's own full-text query for the same mix, straight over ADO.NET with no
/// server, parsing, visibility, snippets or JSON — every clause as tokens (a word as a stem prefix) in the token index,
/// the page of 20 by the engine's rank (FTS5 bm25, <c>ts_rank</c>). Filters are left out; they only make it cheaper.
/// </summary>
internal static class BenchSearchFloor
{
    public static Func<int, BenchCall> Calls(string provider, string connectionString, IReadOnlyList<BenchSearchQuery> queries, List<DbConnection> opened)
    {
        var expressions = queries.Select(q => (Expression: Expression(provider, SearchQuery.Parse(q.Text).Value), Offset: (q.Page - 1) * 20)).ToArray();
        var sql = provider == "postgres"
            ? "SELECT id FROM search_index_vectors WHERE tokens @@ to_tsquery('simple'::regconfig, @q) ORDER BY ts_rank(tokens, to_tsquery('simple'::regconfig, @q)) DESC LIMIT 20 OFFSET @offset"
            : "SELECT rowid FROM search_index_terms WHERE search_index_terms MATCH @q ORDER BY rank LIMIT 20 OFFSET @offset";
        return _ =>
        {
            DbConnection? connection = null;
            return async (random, ct) =>
            {
                if (connection is null)
                {
                    connection = provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
                    lock (opened)
                    {
                        opened.Add(connection);
                    }

                    await connection.OpenAsync(ct);
                }

                var (expression, offset) = expressions[random.Next(expressions.Length)];
                await using var command = connection.CreateCommand();
                command.CommandText = sql;

                // The floor ranks every match; with the data out of the page cache (after another engine's rebuild)
                // one such query took longer than the default 30 s, which aborted the whole benchmark.
                command.CommandTimeout = 0;
                Add(command, "q", expression);
                Add(command, "offset", offset);
                long rows = 0;
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows++;
                }

                return (rows, null);
            };
        };
    }

    private static string Expression(string provider, SearchQuery query) => provider == "postgres"
        ? string.Join(" & ", query.Clauses.Select(c =>
            string.Join(" <-> ", c.TokenStems().Select(s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'")) + (c.MatchesTokenPrefix() ? ":*" : string.Empty)))
        : string.Join(" AND ", query.Clauses.Select(c =>
            $"\"{string.Join(' ', c.TokenStems()).Replace("\"", "\"\"", StringComparison.Ordinal)}\"" + (c.MatchesTokenPrefix() ? "*" : string.Empty)));

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
