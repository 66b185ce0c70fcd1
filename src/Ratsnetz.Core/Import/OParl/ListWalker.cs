using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Data;

namespace Ratsnetz.Import.OParl;

/// <summary>The objects of a walked list (bodies are needed afterwards) and whether it was read to its end.</summary>
internal sealed record WalkedList(List<JsonElement> Items, bool Complete);

/// <summary>
/// Follows a list's <c>links.next</c> page by page, starting where the run's cursor stopped. Every page is applied
/// and the cursor moved in one transaction; a page that cannot be read ends the list (counted, the run goes on).
/// </summary>
internal sealed partial class ListWalker(AppDbContext db, OParlClient client, MirrorSession session, OParlSource source, IProgress<MirrorProgress>? progress, ILogger logger)
{
    public async Task<WalkedList> WalkAsync(string listUrl, string type, DateTime? modifiedSince, bool useCursor, CancellationToken ct)
    {
        var cursor = useCursor ? await CursorAsync(listUrl, ct) : null;
        var items = new List<JsonElement>();
        if (cursor?.Completed == true)
        {
            return new WalkedList(items, true);
        }

        var pageUrl = cursor?.NextPageUrl ?? WithModifiedSince(listUrl, modifiedSince);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        Task<FetchResult<JsonElement>>? prefetched = null;
        while (pageUrl is not null && visited.Add(pageUrl))
        {
            var page = await (prefetched ?? client.GetJsonAsync(pageUrl, ct));
            if (page.Status != FetchStatus.Ok)
            {
                session.Tally.FailedPage();
                LogPageUnreadable(type, pageUrl, page.Problem ?? "unknown");
                return new WalkedList(items, false);
            }

            var data = page.Value.Embedded("data").ToList();
            var links = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("links", out var l) ? l : default;
            var next = links.Field("next");
            // A server whose next link points back to a page already read would otherwise be walked forever.
            next = next is not null && visited.Contains(next) ? null : next;
            // The next page travels while this one is written to the database.
            prefetched = next is null ? null : client.GetJsonAsync(next, ct);
            await session.ImportPageAsync(data, type, cursor, next, ct);
            if (!useCursor)
            {
                items.AddRange(data);
            }

            progress?.Report(new MirrorProgress(type, ++pages, session.Tally.Objects));
            pageUrl = next;
        }

        return new WalkedList(items, true);
    }

    private async Task<OParlCursor> CursorAsync(string listUrl, CancellationToken ct)
    {
        var cursor = await db.Set<OParlCursor>().AsNoTracking().FirstOrDefaultAsync(c => c.SourceId == source.Id && c.ListUrl == listUrl, ct);
        if (cursor is not null)
        {
            return cursor;
        }

        cursor = new OParlCursor(source.Id, listUrl);
        db.Add(cursor);
        await db.SaveChangesAsync(ct);
        db.Entry(cursor).State = EntityState.Detached;
        return cursor;
    }

    internal static string WithModifiedSince(string listUrl, DateTime? modifiedSince)
    {
        if (modifiedSince is not { } since)
        {
            return listUrl;
        }

        var value = new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return $"{listUrl}{(listUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}modified_since={Uri.EscapeDataString(value)}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OParl list page of {Type} unreadable at {Url} ({Problem}); the list ends here for this run")]
    private partial void LogPageUnreadable(string type, string url, string problem);
}
