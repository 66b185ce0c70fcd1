using System.Data.Common;

namespace Ratsnetz.Search;

/// <summary>
/// Reads the one statement both engines answer a search page with (ADR 0018): every row starts with the candidates'
/// total and whether it was capped, then a hit's columns (kind, entity id, title, reference, context, date, content),
/// which are null in the single row of a page past the end.
/// </summary>
public static class SearchIndexPageReader
{
    public static async Task<SearchIndexPage> ReadAsync(DbCommand command, Func<DbDataReader, int, DateOnly> readDate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(readDate);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var hits = new List<SearchIndexHit>();
        var (total, capped) = (0, false);
        while (await reader.ReadAsync(ct))
        {
            (total, capped) = (reader.GetInt32(0), reader.GetBoolean(1));
            if (reader.IsDBNull(2))
            {
                continue;
            }

            hits.Add(new SearchIndexHit(reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : readDate(reader, 7), reader.GetString(8)));
        }

        return new SearchIndexPage(total, hits) { Capped = capped };
    }
}
