using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Ratsnetz.Common;
using Ratsnetz.OParl;

namespace Ratsnetz.Web.OParl;

/// <summary>HTTP details OParl asks for: UTF-8 JSON, CORS for every origin, entity tags and conditional GET.</summary>
internal static class OParlResponses
{
    private const string JsonType = "application/json; charset=utf-8";

    public static Task WriteAsync(HttpContext http, OParlDocument document) => WriteAsync(http, (Result<OParlDocument>)document);

    public static async Task WriteAsync(HttpContext http, Result<OParlDocument> result)
    {
        var response = http.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        if (result.Error is { } error)
        {
            await WriteErrorAsync(http, error);
            return;
        }

        using var document = result.Value;
        response.Headers.ETag = document.ETag;
        response.Headers.CacheControl = "public, max-age=0, must-revalidate";
        if (IsNotModified(http.Request, document.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = JsonType;
        response.ContentLength = document.Length;
        // Straight into Kestrel's pipe: the stored documents are copied once, from what the database returned.
        document.WriteTo(response.BodyWriter);
        await response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    public static async Task WriteFileAsync(HttpContext http, Result<OParlFileContent> result, bool attachment)
    {
        var response = http.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        if (result.Error is { } error)
        {
            await WriteErrorAsync(http, error);
            return;
        }

        var file = result.Value;
        var disposition = new ContentDispositionHeaderValue(attachment ? "attachment" : "inline");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.ContentType = file.MediaType;
        response.ContentLength = file.Data.Length;
        await response.Body.WriteAsync(file.Data, http.RequestAborted);
    }

    private static bool IsNotModified(HttpRequest request, string etag)
    {
        foreach (var candidate in request.Headers.IfNoneMatch)
        {
            foreach (var tag in (candidate ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
            {
                if (tag == "*" || tag == etag || tag == "W/" + etag)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static async Task WriteErrorAsync(HttpContext http, Error error)
    {
        var response = http.Response;
        response.StatusCode = error is ValidationError ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
        response.ContentType = JsonType;
        var body = JsonSerializer.SerializeToUtf8Bytes(new ErrorBody(new ErrorDetail(error.Code, error.Message)), ErrorJson.Default.ErrorBody);
        await response.Body.WriteAsync(body, http.RequestAborted);
    }
}

internal sealed record ErrorBody(ErrorDetail Error);

internal sealed record ErrorDetail(string Code, string Message);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ErrorBody))]
internal sealed partial class ErrorJson : System.Text.Json.Serialization.JsonSerializerContext;
