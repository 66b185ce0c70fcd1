namespace Ratsnetz.OParl;

/// <summary>The <c>pagination</c> and <c>links</c> members of a list page.</summary>
internal static class OParlPaging
{
    /// <remarks>
    /// No totalElements: counting a list of millions (files of a body are found through three joins) costs more than
    /// the page itself, and OParl makes every pagination member optional. Keyset paging has no page numbers.
    /// </remarks>
    public static void Write(OParlJsonWriter writer, string listUrl, OParlListRequest request, int lastId, bool hasNext)
    {
        var json = writer.Json;
        json.WriteStartObject("pagination");
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
