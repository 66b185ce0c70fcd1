using System.Globalization;
using Ratsnetz.Common;
using Ratsnetz.Search;

namespace Ratsnetz.Web.Search;

/// <summary>Query-string values to a <see cref="SearchCouncil"/>, shared by the page and the API.</summary>
public static class SearchRequestParser
{
    public static Result<SearchCouncil> Parse(Access.Viewer viewer, string? q, string? type, string? year, string? body, string? page, string? limit)
    {
        if (!TryInt(year, "year", out var yearValue, out var error)
            || !TryInt(body, "body", out var bodyValue, out error)
            || !TryInt(page, "page", out var pageValue, out error)
            || !TryInt(limit, "limit", out var limitValue, out error))
        {
            return error!;
        }

        return new SearchCouncil(viewer, q, bodyValue, string.IsNullOrEmpty(type) ? null : type, yearValue, pageValue ?? 1, limitValue ?? 20);
    }

    private static bool TryInt(string? text, string name, out int? value, out ValidationError? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        error = new ValidationError($"search.{name}", $"{name} must be a whole number.", name);
        return false;
    }
}
