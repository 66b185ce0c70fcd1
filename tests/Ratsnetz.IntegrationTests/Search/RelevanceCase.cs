namespace Ratsnetz.Search;

/// <summary>
/// A query and the result that must come first (or within the first <paramref name="Within"/>), named by kind and a
/// piece of its title as the reader sees it.
/// </summary>
internal sealed record RelevanceCase(string Query, string Kind, string TitleContains, int Within = 1)
{
    public string? Check(SearchResults results)
    {
        var top = results.Hits.Take(Within).ToList();
        if (top.Any(h => h.Kind == Kind && string.Concat(h.Title.Select(p => p.Text)).Contains(TitleContains, StringComparison.Ordinal)))
        {
            return null;
        }

        var seen = string.Join(" | ", SearchDatabase.Titles(results).Take(5));
        return $"'{Query}': expected {Kind} '{TitleContains}' within the first {Within}, got {results.Total} results: {seen}";
    }
}
