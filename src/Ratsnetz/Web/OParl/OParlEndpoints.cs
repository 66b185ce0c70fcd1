using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ratsnetz.Common;
using Ratsnetz.OParl;

namespace Ratsnetz.Web.OParl;

/// <summary>The OParl 1.1 front door: maps URLs to <see cref="OParlApi"/> and turns its answers into HTTP.</summary>
public static class OParlEndpoints
{
    public static IEndpointRouteBuilder MapOParl(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(OParlUrls.Root);
        api.MapGet("/", () => Results.Redirect(OParlUrls.Root + "/system"));
        api.MapGet("/system", async (HttpContext http, OParlApi oparl) =>
            await OParlResponses.WriteAsync(http, await oparl.GetSystemAsync(Urls(http), http.RequestAborted)));
        api.MapGet("/bodies", async (HttpContext http, OParlApi oparl) =>
            await WithListRequest(http, request => oparl.GetBodiesAsync(Urls(http), request, http.RequestAborted)));
        api.MapGet("/bodies/{bodyId:int}/{segment}", async (HttpContext http, OParlApi oparl, int bodyId, string segment) =>
            await WithListRequest(http, request => oparl.GetListAsync(Urls(http), bodyId, segment, request, http.RequestAborted)));
        api.MapGet("/{segment}/{id:int}", async (HttpContext http, OParlApi oparl, string segment, int id) =>
            await OParlResponses.WriteAsync(http, await oparl.GetObjectAsync(Urls(http), segment, id, http.RequestAborted)));
        api.MapGet("/files/{id:int}/access", async (HttpContext http, OParlApi oparl, int id) =>
            await OParlResponses.WriteFileAsync(http, await oparl.GetFileContentAsync(id, http.RequestAborted), attachment: false));
        api.MapGet("/files/{id:int}/download", async (HttpContext http, OParlApi oparl, int id) =>
            await OParlResponses.WriteFileAsync(http, await oparl.GetFileContentAsync(id, http.RequestAborted), attachment: true));
        endpoints.MapGet("/oparl", () => Results.Redirect(OParlUrls.Root + "/system"));
        return endpoints;
    }

    private static async Task WithListRequest(HttpContext http, Func<OParlListRequest, Task<Result<OParlDocument>>> answer)
    {
        var request = OParlListRequest.Parse(name => http.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null);
        if (request.Error is { } error)
        {
            await OParlResponses.WriteAsync(http, error);
            return;
        }

        await OParlResponses.WriteAsync(http, await answer(request.Value));
    }

    /// <summary>Ids are absolute URLs on the host the client asked, so the API works behind any name.</summary>
    private static OParlUrls Urls(HttpContext http) =>
        new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}");
}
