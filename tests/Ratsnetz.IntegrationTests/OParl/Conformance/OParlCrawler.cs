using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Ratsnetz.Testing.OParl;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// Crawls a whole OParl API from its System object: every body list and every page of it, every URL-valued
/// reference, every embedded object's own URL, the content of files. Each object (embedded ones too) goes through
/// the official schema and <see cref="ObjectRules"/>; the crawl goes on past violations and collects them all.
/// </summary>
public sealed partial class OParlCrawler
{
    private readonly OParlHttp _http;
    private readonly OParlSchemaValidator _validator;
    private readonly CrawlOptions _options;
    private readonly ObjectRules _rules;
    private readonly ListCrawler _lists;
    private readonly Uri _origin;

    private readonly ConcurrentDictionary<string, byte> _scheduled = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _objectQueue = new();
    private readonly ConcurrentQueue<(string Url, string ItemType)> _listQueue = new();
    private readonly ConcurrentQueue<JsonObject> _fileQueue = new();

    public OParlCrawler(HttpClient client, OParlSchemaValidator validator, CrawlOptions options)
    {
        _http = new OParlHttp(client, Violations);
        _validator = validator;
        _options = options;
        _rules = new ObjectRules(validator.Properties, Violations);
        _lists = new ListCrawler(_http, _rules, Violations);
        _origin = client.BaseAddress ?? throw new ArgumentException("The client needs a base address (the server's origin).", nameof(client));
    }

    public Violations Violations { get; } = new();

    public OParlHttp Http => _http;

    public ListCrawler ListCrawler => _lists;

    public ObjectRules Rules => _rules;

    /// <summary>Every list reached, by the URL it was linked under, with its entries from the unfiltered crawl.</summary>
    public ConcurrentDictionary<string, ListPass> Lists { get; } = new(StringComparer.Ordinal);

    /// <summary>The short type of each list's items, by list URL.</summary>
    public ConcurrentDictionary<string, string> ListItemTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Objects as their own URL returned them.</summary>
    public ConcurrentDictionary<string, JsonObject> Fetched { get; } = new(StringComparer.Ordinal);

    /// <summary>Every object id seen (in a list, embedded or at its own URL) with its short type.</summary>
    public ConcurrentDictionary<string, string> KnownIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Live objects that link deleted ones (allowed, but worth a look): target → where it was linked.</summary>
    public ConcurrentDictionary<string, string> ReferencesToDeleted { get; } = new(StringComparer.Ordinal);

    private ConcurrentDictionary<string, string> References { get; } = new(StringComparer.Ordinal);

    private ConcurrentDictionary<string, ConcurrentBag<Occurrence>> Occurrences { get; } = new(StringComparer.Ordinal);

    private int _objectsChecked;
    private int _filesChecked;

    public int ObjectsChecked => _objectsChecked;

    public int FilesChecked => _filesChecked;

    public TimeSpan Elapsed { get; set; }

    public async Task RunAsync(string systemUrl, CancellationToken cancellationToken = default)
    {
        ScheduleObject(systemUrl);
        var listParameters = new Dictionary<string, string>();
        if (_options.ListLimit is { } listLimit)
        {
            listParameters["limit"] = listLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken };
        while (!_objectQueue.IsEmpty || !_listQueue.IsEmpty || !_fileQueue.IsEmpty)
        {
            await Parallel.ForEachAsync(Drain(_listQueue), parallel, async (list, ct) =>
                Lists[list.Url] = await _lists.CrawlAsync(list.Url, list.ItemType, listParameters, (page, items) => InspectPageAsync(page, items, ct), ct));
            await Parallel.ForEachAsync(Drain(_objectQueue), parallel, async (url, ct) => await FetchObjectAsync(url, ct));
            await Parallel.ForEachAsync(Drain(_fileQueue), parallel, async (file, ct) =>
            {
                await new FileContentChecks(_http, Violations, _options.ForbiddenTexts).CheckAsync(file, ct);
                Interlocked.Increment(ref _filesChecked);
            });
        }

        CompareWithOwnUrls();
        await CheckUnfetchedReferencesAsync(cancellationToken);
        await CheckForbiddenUrlsAsync(cancellationToken);
    }

    /// <summary>Crawls every list again with a small limit: the same ids in the same order, no page larger.</summary>
    public async Task RecrawlWithLimitAsync(CancellationToken cancellationToken = default)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken };
        var limit = new Dictionary<string, string> { ["limit"] = _options.RecrawlLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await Parallel.ForEachAsync(Lists.Values, parallel, async (first, ct) =>
        {
            var again = await _lists.CrawlAsync(first.ListUrl, ListItemTypes[first.ListUrl], limit, cancellationToken: ct);
            CompareOrder(ListCrawler.WithParameters(first.ListUrl, limit), first.Entries, again.Entries);
        });
    }

    public void CompareOrder(string url, IReadOnlyList<ListEntry> expected, IReadOnlyList<ListEntry> actual)
    {
        var index = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i].Id != actual[i].Id, -1);
        if (index >= 0)
        {
            Violations.Add(url, Conformance.Rules.StableOrder, $"item {index} is {actual[index].Id}; the first crawl had {expected[index].Id} there");
        }
        else if (expected.Count != actual.Count)
        {
            Violations.Add(url, Conformance.Rules.StableOrder, $"{actual.Count} items; the first crawl had {expected.Count}");
        }
    }

    public bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Uri.Compare(uri, _origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private void ScheduleObject(string url)
    {
        if (_scheduled.TryAdd("o " + url, 0))
        {
            _objectQueue.Enqueue(url);
        }
    }

    private void ScheduleList(string url, string itemType)
    {
        if (_scheduled.TryAdd("l " + url, 0))
        {
            ListItemTypes[url] = itemType;
            _listQueue.Enqueue((url, itemType));
        }
    }

    private void ScheduleFile(JsonObject file)
    {
        if (ObjectRules.IdOf(file) is { } id && _scheduled.TryAdd("f " + id, 0))
        {
            _fileQueue.Enqueue(file);
        }
    }

    private static List<T> Drain<T>(ConcurrentQueue<T> queue)
    {
        var items = new List<T>();
        while (queue.TryDequeue(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A stable choice of about one in N URLs (string.GetHashCode differs between runs).</summary>
    private bool Sampled(string url, string? type)
    {
        if (_options.SingleObjectSampling <= 1 || type is "System" or "Body")
        {
            return true;
        }

        var hash = 2166136261u;
        foreach (var c in url)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % (uint)_options.SingleObjectSampling == 0;
    }

    private sealed record Occurrence(JsonObject Value, string Where, bool Embedded);
}
