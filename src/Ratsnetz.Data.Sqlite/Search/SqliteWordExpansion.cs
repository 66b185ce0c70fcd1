using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ratsnetz.Data;
using Ratsnetz.Search;

namespace Ratsnetz.Data.Sqlite.Search;

/// <summary>
/// Turns a word clause into an FTS5 expression of the indexed words it stands for, looked up in the word list of
/// migration 0014 (ADR 0018). FTS5 answers a prefix query ("bebauungsplan"*) by merging the postings of every word with
/// that prefix in full before it returns the first match (36 ms for a word in 740,000 documents at a million papers);
/// the same words named one by one ("bebauungsplan" OR "bebauungsplanverfahren" …) are streamed newest first and stop
/// at the candidate limit (under 1 ms). Likewise the words containing a stem stand for its compound parts
/// ("strassenbeleucht" for "beleucht") without the trigram index, whose phrase of trigrams costs tens of milliseconds.
/// When a stem stands for more words than <see cref="MaxWords"/>, the caller keeps the prefix or trigram query.
/// </summary>
internal static class SqliteWordExpansion
{
    public const int MaxWords = 300;

    /// <summary>The indexed words starting with the stem, as an FTS5 OR expression; null when there are too many.</summary>
    public static Task<string?> StartingWithAsync(AppDbContext db, string stem, CancellationToken ct) =>
        ExpressionAsync(db, "word >= $stem AND word < $after", stem, ct);

    /// <summary>The indexed words containing the stem anywhere, as an FTS5 OR expression; null when there are too many.</summary>
    public static Task<string?> ContainingAsync(AppDbContext db, string stem, CancellationToken ct) =>
        ExpressionAsync(db, "id IN (SELECT rowid FROM search_index_word_trigrams WHERE search_index_word_trigrams MATCH $phrase)", stem, ct);

    private static async Task<string?> ExpressionAsync(AppDbContext db, string condition, string stem, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT word FROM search_index_words WHERE {condition} LIMIT {MaxWords + 1}";
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.Parameters.Add(new SqliteParameter("$stem", stem));
        command.Parameters.Add(new SqliteParameter("$after", stem[..^1] + (char)(stem[^1] + 1)));
        command.Parameters.Add(new SqliteParameter("$phrase", Quote(stem)));
        var words = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                words.Add(reader.GetString(0));
            }
        }

        // No word at all: a phrase of the stem itself, which matches nothing, keeps the expression valid.
        return words.Count switch
        {
            > MaxWords => null,
            0 => Quote(stem),
            _ => "(" + string.Join(" OR ", words.Select(Quote)) + ")",
        };
    }

    public static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
