namespace Ratsnetz.OParl;

/// <summary>The <c>pagination</c> and <c>links</c> members of a list page.</summary>
internal static class OParlPaging
{
    public static void Write(OParlJsonWriter writer, string listUrl, OParlListRequest request, int lastId, bool hasNext, int? total)
    {
        var json = writer.Json;
        json.WriteStartObject("pagination");
        if (total is { } count)
        {
            json.WriteNumber("totalElements", count);
            json.WriteNumber("totalPages", Math.Max(1, (count + request.Limit - 1) / request.Limit));
            json.WriteNumber("currentPage", 1);
        }

        json.WriteNumber("elementsPerPage", request.Limit);
        json.WriteEndObject();

        json.WriteStartObject("links");
        json.WriteString("first", listUrl + request.QueryString(0));
        json.WriteString("self", listUrl + request.QueryString(request.After));
        if (hasNext)
        {
            json.WriteString("next", listUrl + request.QueryString(lastId));
        }

        json.WriteEndObject();
    }
}
