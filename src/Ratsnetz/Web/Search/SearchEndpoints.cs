using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ratsnetz.Common;
using Ratsnetz.Search;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Search;

/// <summary>
/// <c>GET /api/v1/search?q=…&amp;type=&amp;year=&amp;body=&amp;page=&amp;limit=</c>: the same search as the portal page,
/// as JSON for the viewer of the request (anonymous unless signed in). Bad input is a 400 problem+json naming the
/// parameter, never an empty result.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/search", async (HttpContext http, SearchCouncilHandler handler, ViewerAccessor viewers) =>
        {
            var query = http.Request.Query;
            var request = SearchRequestParser.Parse(await viewers.GetAsync(http.RequestAborted),
                query["q"], query["type"], query["year"], query["body"], query["page"], query["limit"]);
            if (request.Error is { } invalid)
            {
                return Problem(invalid);
            }

            var result = await handler.HandleAsync(request.Value, http.RequestAborted);
            return result.Error is { } error ? Problem(error) : Results.Json(SearchJson.From(result.Value));
        });
        return endpoints;
    }

    private static IResult Problem(Error error) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid search request",
        detail: error.Message,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = error.Code,
            ["parameter"] = (error as ValidationError)?.Field,
        });
}
