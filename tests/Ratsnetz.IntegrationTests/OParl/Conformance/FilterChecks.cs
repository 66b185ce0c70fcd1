using System.Net;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// Crawls every list again under each <see cref="FilterCase"/> and compares with the unfiltered crawl: objects in
/// the window present, objects outside absent, same order; deleted objects only under modified_since and only when
/// deleted inside the window; omit_internal leaves no embedded object in the entries.
/// </summary>
public sealed class FilterChecks(OParlCrawler crawler)
{
    private static readonly string[] BadDates = ["gestern", "2024-02-30T00:00:00+01:00"];
    private static readonly string[] DateFilters = ["created_since", "created_until", "modified_since", "modified_until"];

    /// <returns>The deleted entries that lists returned under modified_since, by list URL.</returns>
    public async Task<IReadOnlyList<(string ListUrl, ListEntry Entry)>> CheckAsync(IReadOnlyList<FilterCase> cases, CancellationToken cancellationToken = default)
    {
        var deleted = new System.Collections.Concurrent.ConcurrentBag<(string, ListEntry)>();
        var work = crawler.Lists.Values.SelectMany(list => cases.Select(c => (list, c))).ToList();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var (list, filter) = item;
            var pass = await crawler.ListCrawler.CrawlAsync(
                list.ListUrl, crawler.ListItemTypes[list.ListUrl], filter.Parameters,
                filter.OmitsInternal ? (page, items) => CheckOmitted(page, items) : null, ct);
            Compare(list, filter, pass);
            foreach (var entry in pass.Entries.Where(e => e.Deleted))
            {
                deleted.Add((list.ListUrl, entry));
            }
        });
        return [.. deleted];
    }

    /// <summary>A malformed date filter is a 400 with a JSON body, on every list.</summary>
    public async Task CheckBadValuesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var list in crawler.Lists.Values)
        {
            for (var i = 0; i < DateFilters.Length; i++)
            {
                var url = ListCrawler.WithParameters(list.ListUrl, new Dictionary<string, string> { [DateFilters[i]] = BadDates[i % BadDates.Length] });
                using var response = await crawler.Http.GetAsync(url, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    crawler.Violations.Add(url, Rules.BadFilter, $"answered {(int)response.StatusCode}");
                    continue;
                }

                crawler.Http.CheckHeaders(url, response);
                if (crawler.Http.Parse(url, body) is not JsonObject)
                {
                    crawler.Violations.Add(url, Rules.BadFilter, "the 400 answer has no JSON object as body");
                }
            }
        }
    }

    /// <summary>Fails the test set-up (not the API) when an entry sits exactly on the boundary: inclusive or not would be ambiguous.</summary>
    public void RequireUnambiguous(DateTimeOffset boundary)
    {
        var onBoundary = crawler.Lists.Values.SelectMany(l => l.Entries).FirstOrDefault(e => e.Created == boundary || e.Modified == boundary);
        if (onBoundary is not null)
        {
            throw new InvalidOperationException($"Choose another boundary: {onBoundary.Id} was created or modified exactly at {boundary:O}.");
        }
    }

    private void Compare(ListPass full, FilterCase filter, ListPass filtered)
    {
        var url = ListCrawler.WithParameters(full.ListUrl, filter.Parameters);
        var expected = full.Entries.Where(filter.Includes).Select(e => e.Id).ToList();
        var actual = filtered.Entries.Where(e => !e.Deleted).Select(e => e.Id).ToList();
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            crawler.Violations.Add(url, Rules.FilterApplied, $"{missing.Count} object(s) inside the window absent, e.g. {string.Join(", ", missing.Take(3))}");
        }

        if (extra.Count > 0)
        {
            crawler.Violations.Add(url, Rules.FilterApplied, $"{extra.Count} object(s) outside the window present, e.g. {string.Join(", ", extra.Take(3))}");
        }

        if (missing.Count == 0 && extra.Count == 0 && !expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            crawler.Violations.Add(url, Rules.StableOrder, "the filtered list has the objects of the unfiltered one in another order");
        }

        foreach (var entry in filtered.Entries.Where(e => e.Deleted && filter.AllowsDeleted && !filter.Includes(e)))
        {
            crawler.Violations.Add(url, Rules.FilterApplied, $"deleted {entry.Id} (modified {entry.Modified:O}) lies outside the window");
        }
    }

    private Task CheckOmitted(string pageUrl, IReadOnlyList<JsonObject> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            crawler.Rules.CheckObject(pageUrl, $"/data/{i}", items[i]);
            foreach (var path in EmbeddedObjects(items[i], $"/data/{i}"))
            {
                crawler.Violations.Add(pageUrl, Rules.OmitInternal, $"{path} is an embedded object despite omit_internal=true");
            }
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<string> EmbeddedObjects(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is JsonObject child && ObjectRules.TypeOf(child) is not null
            ? [$"{path}/{p.Key}"]
            : EmbeddedObjects(p.Value, $"{path}/{p.Key}")),
        JsonArray a => a.SelectMany((child, i) => child is JsonObject c && ObjectRules.TypeOf(c) is not null
            ? [$"{path}/{i}"]
            : EmbeddedObjects(child, $"{path}/{i}")),
        _ => [],
    };
}
