using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Ratsnetz.OParl.Conformance;

/// <summary>One list entry as far as list rules need it.</summary>
public sealed record ListEntry(string Id, DateTimeOffset? Created, DateTimeOffset? Modified, bool Deleted);

/// <summary>A list crawled from its first page to its last with one set of parameters.</summary>
public sealed record ListPass(string ListUrl, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<ListEntry> Entries, int Pages);

/// <summary>
/// Follows one external list through <c>links.next</c> and checks the paging rules on every page: data, pagination
/// and links present, next on all but the last page, no duplicates, page size within <c>limit</c> and
/// <c>elementsPerPage</c>, every parameter kept in every page link, deleted entries only under modified_since.
/// </summary>
public sealed class ListCrawler(OParlHttp http, ObjectRules rules, Violations violations)
{
    private const int MaxPages = 100_000;
    private static readonly string[] LinkNames = ["first", "prev", "self", "next", "last"];
    private static readonly HashSet<string> DateParameters = ["created_since", "created_until", "modified_since", "modified_until"];

    /// <param name="onPage">Called with each page's URL and items (e.g. for deep inspection); null checks items shallowly.</param>
    public async Task<ListPass> CrawlAsync(
        string listUrl,
        string itemType,
        IReadOnlyDictionary<string, string> parameters,
        Func<string, IReadOnlyList<JsonObject>, Task>? onPage = null,
        CancellationToken cancellationToken = default)
    {
        var entries = new List<ListEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var limit = parameters.TryGetValue("limit", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : (int?)null;
        long? total = null;
        int? perPage = null;
        var pageUrl = WithParameters(listUrl, parameters);
        var pages = 0;
        var previousCount = -1;
        while (pageUrl is not null && pages < MaxPages)
        {
            if (!visited.Add(pageUrl))
            {
                violations.Add(pageUrl, Rules.NextLink, "links.next leads back to a page already visited");
                break;
            }

            var fetched = await http.GetJsonAsync(pageUrl, cancellationToken);
            if (fetched?.Json is not JsonObject page)
            {
                break;
            }

            pages++;
            rules.CheckValues(pageUrl, page);
            if (page["data"] is not JsonArray data || page["pagination"] is not JsonObject pagination || page["links"] is not JsonObject links)
            {
                violations.Add(pageUrl, Rules.ListShape, $"a list page needs data (array), pagination and links (objects); has {string.Join(", ", page.Select(p => p.Key))}");
                break;
            }

            var next = links["next"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? links["next"]!.GetValue<string>() : null;
            if (pages > 1 && data.Count == 0)
            {
                violations.Add(pageUrl, Rules.NextLink, "the previous page had links.next but this page is empty (next on the last page)");
            }

            if (previousCount >= 0 && limit is { } max && previousCount != max)
            {
                violations.Add(pageUrl, Rules.Limit, $"a page before this one had {previousCount} items, not limit={max}");
            }

            if (pages == 1 && pagination["totalElements"] is JsonValue t && t.TryGetValue<long>(out var totalElements))
            {
                total = totalElements;
            }

            if (pagination["elementsPerPage"] is JsonValue e && e.TryGetValue<int>(out var elementsPerPage))
            {
                if (data.Count > elementsPerPage || (next is not null && data.Count != elementsPerPage) || (perPage is { } first && first != elementsPerPage))
                {
                    violations.Add(pageUrl, Rules.ListShape, $"elementsPerPage {elementsPerPage} with {data.Count} items (first page said {perPage}); it must be the size of all pages but the last");
                }

                perPage ??= elementsPerPage;
            }

            if (limit is { } lim && data.Count > lim)
            {
                violations.Add(pageUrl, Rules.Limit, $"{data.Count} items on a page with limit={lim}");
            }

            CheckLinks(pageUrl, links, parameters);
            var items = new List<JsonObject>(data.Count);
            for (var i = 0; i < data.Count; i++)
            {
                if (data[i] is not JsonObject item)
                {
                    violations.Add(pageUrl, Rules.ListShape, $"/data/{i} is not an object");
                    continue;
                }

                items.Add(item);
                entries.Add(CheckItem(pageUrl, i, item, itemType, parameters, seen));
            }

            if (onPage is not null)
            {
                await onPage(pageUrl, items);
            }
            else
            {
                for (var i = 0; i < items.Count; i++)
                {
                    rules.CheckObject(pageUrl, $"/data/{i}", items[i]);
                }
            }

            previousCount = next is null ? -1 : data.Count;
            pageUrl = next;
        }

        if (total is { } expected && expected != entries.Count)
        {
            violations.Add(WithParameters(listUrl, parameters), Rules.TotalElements, $"totalElements {expected}, but the pages held {entries.Count} items");
        }

        return new ListPass(listUrl, parameters, entries, pages);
    }

    public static string WithParameters(string url, IReadOnlyDictionary<string, string> parameters) =>
        parameters.Count == 0 ? url : QueryHelpers.AddQueryString(url, parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

    private ListEntry CheckItem(string pageUrl, int index, JsonObject item, string itemType, IReadOnlyDictionary<string, string> parameters, HashSet<string> seen)
    {
        var id = ObjectRules.IdOf(item) ?? $"(no id at /data/{index})";
        if (!seen.Add(id))
        {
            violations.Add(pageUrl, Rules.Duplicates, $"{id} was already on this or an earlier page");
        }

        var type = ObjectRules.TypeOf(item);
        if (type != itemType)
        {
            violations.Add(pageUrl, Rules.ListItemType, $"/data/{index} {id} is a {type ?? "(no type)"}, the list links {itemType} objects");
        }

        var deleted = ObjectRules.IsDeleted(item);
        if (deleted && !parameters.ContainsKey("modified_since"))
        {
            violations.Add(pageUrl, Rules.DeletedInPlainList, $"/data/{index} {id} is deleted but the list was asked without modified_since");
        }

        return new ListEntry(id, Instant(item["created"]), Instant(item["modified"]), deleted);
    }

    private void CheckLinks(string pageUrl, JsonObject links, IReadOnlyDictionary<string, string> parameters)
    {
        foreach (var name in LinkNames)
        {
            if (links[name] is not JsonValue v || !v.TryGetValue<string>(out var link))
            {
                continue;
            }

            var query = QueryHelpers.ParseQuery(Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.Query : string.Empty);
            foreach (var (key, value) in parameters)
            {
                var kept = query.TryGetValue(key, out var values) ? values.ToString() : null;
                if (kept is null || !SameValue(key, value, kept))
                {
                    violations.Add(pageUrl, Rules.FilterKept, $"links.{name} {link} lost {key}={value}{(kept is null ? string.Empty : $" (has {kept})")}");
                }
            }
        }
    }

    private static bool SameValue(string key, string expected, string actual) =>
        DateParameters.Contains(key)
            ? DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, out var e) && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, out var a) && e == a
            : string.Equals(expected, actual, StringComparison.Ordinal);

    public static DateTimeOffset? Instant(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var instant) ? instant : null;
}
