using Microsoft.Extensions.Logging;

namespace Ratsnetz.Import.OParl;

internal sealed partial class MirrorSession
{
    /// <summary>How many hops of linked objects a page may pull in (a consultation's agenda item's meeting, …).</summary>
    private const int MaxLinkDepth = 3;

    /// <summary>
    /// Fetches objects the page refers to that are neither on record nor in the page (e.g. a consultation's meeting
    /// outside the lists), concurrently within the client's limit. A 404 or failure is a broken link: counted,
    /// logged, remembered for the run, never fatal.
    /// </summary>
    private async Task FetchUnknownReferencesAsync(List<RemoteObject> objects, CancellationToken ct)
    {
        var frontier = objects;
        for (var depth = 0; depth < MaxLinkDepth && frontier.Count > 0; depth++)
        {
            var inPage = objects.Select(o => o.Url).ToHashSet(StringComparer.Ordinal);
            var wanted = frontier.SelectMany(ReferencesOf)
                .Where(r => !_links.ContainsKey(r.Url) && !inPage.Contains(r.Url) && !_seen.Contains(r.Url) && !_broken.Contains(r.Url))
                .DistinctBy(r => r.Url, StringComparer.Ordinal)
                .ToList();
            if (wanted.Count == 0)
            {
                return;
            }

            var fetched = await Task.WhenAll(wanted.Select(async r => (r.Url, r.Type, Result: await client.GetJsonAsync(r.Url, ct))));
            var found = new List<RemoteObject>();
            foreach (var (url, type, result) in fetched)
            {
                if (result.Status != FetchStatus.Ok || result.Value.Id() is null)
                {
                    Broken(url, type, result.Problem ?? "no id");
                    continue;
                }

                AddNew(Flatten(result.Value, type, null), found);
            }

            objects.AddRange(found);
            await LoadLinksAsync(found.SelectMany(ReferencesOf).Select(r => r.Url), ct);
            frontier = found;
        }
    }

    /// <summary>
    /// Downloads the content of new or changed files (accessUrl, else downloadUrl). A file whose content cannot be
    /// fetched is still mirrored with its text; the broken link is counted.
    /// </summary>
    private async Task FetchFileContentAsync(List<RemoteObject> objects, CancellationToken ct)
    {
        var files = objects
            .Where(o => o.Type == "File" && !o.IsDeleted)
            .Where(o => !_links.TryGetValue(o.Url, out var link) || link.ContentHash != o.ContentHash())
            .ToList();
        var downloads = await Task.WhenAll(files.Select(async file => (file.Url, Content: await DownloadAsync(file, ct))));
        foreach (var (url, content) in downloads)
        {
            if (content is not null)
            {
                _fileContent[url] = content;
            }
        }
    }

    private async Task<byte[]?> DownloadAsync(RemoteObject file, CancellationToken ct)
    {
        var candidates = new[] { file.Json.Field("accessUrl"), file.Json.Field("downloadUrl") }
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        string? problem = null;
        foreach (var url in candidates)
        {
            var result = await client.GetBytesAsync(url, ct);
            if (result.Status == FetchStatus.Ok)
            {
                return result.Value;
            }

            problem = result.Problem;
            if (result.Status == FetchStatus.NotFound)
            {
                // Both URLs name the same content; when one says it is gone, asking the other only doubles the load.
                break;
            }
        }

        Broken(candidates[0], "File content", problem ?? "unreachable");
        return null;
    }

    private void Broken(string url, string type, string problem)
    {
        lock (_broken)
        {
            _broken.Add(url);
        }

        tally.BrokenLink();
        LogBrokenLink(type, url, problem);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Broken OParl link to {Type} {Url}: {Problem}")]
    private partial void LogBrokenLink(string type, string url, string problem);
}
