using System.Globalization;
using Ratsnetz.Search;

namespace Ratsnetz.Web.Search;

/// <summary>The JSON shape of the search API (docs/search.md).</summary>
internal static class SearchJson
{
    public static object From(SearchResults results) => new
    {
        query = results.Text,
        total = results.Total,
        totalIsCapped = results.TotalIsCapped,
        page = results.Page,
        pageSize = results.PageSize,
        pageCount = results.PageCount,
        hasNextPage = results.HasNextPage,
        correctedTo = results.CorrectedTo,
        results = results.Hits.Select(h => new
        {
            type = h.Kind,
            id = h.EntityId,
            url = SearchLinks.For(h),
            title = string.Concat(h.Title.Select(p => p.Text)),
            reference = h.Reference,
            context = h.Context,
            date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            highlights = new
            {
                title = h.Title.Select(p => new { text = p.Text, match = p.Highlighted }),
                snippet = h.Snippet.Select(p => new { text = p.Text, match = p.Highlighted }),
            },
        }),
    };
}
