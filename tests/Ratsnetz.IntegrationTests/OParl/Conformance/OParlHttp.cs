using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// GETs OParl documents and checks what every answer must carry (status 200, CORS, UTF-8 JSON without BOM, ETag);
/// the callers check the content.
/// </summary>
public sealed class OParlHttp(HttpClient client, Violations violations)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private int _requests;

    public int Requests => _requests;

    public HttpClient Client => client;

    /// <summary>The parsed document, or null (with the violation recorded) when there is none to check.</summary>
    public async Task<FetchedJson?> GetJsonAsync(string url, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        using var response = await client.GetAsync(new Uri(url), cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            violations.Add(url, Rules.HttpStatus, $"{(int)response.StatusCode} {Shorten(Encoding.UTF8.GetString(bytes))}");
            return null;
        }

        CheckHeaders(url, response);
        var etag = response.Headers.ETag?.ToString();
        if (etag is null)
        {
            violations.Add(url, Rules.ETag, "no ETag header");
        }

        var json = Parse(url, bytes);
        return json is null ? null : new FetchedJson(url, json, etag);
    }

    /// <summary>A second GET with the ETag must answer 304 without a body.</summary>
    public async Task CheckNotModifiedAsync(string url, string etag, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotModified)
        {
            violations.Add(url, Rules.NotModified, $"If-None-Match {etag} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>A GET whose answer the caller checks itself (file content, error answers).</summary>
    public async Task<HttpResponseMessage> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        return await client.GetAsync(new Uri(url), cancellationToken);
    }

    public void CheckHeaders(string url, HttpResponseMessage response)
    {
        var origin = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? string.Join(",", values) : null;
        if (origin != "*")
        {
            violations.Add(url, Rules.Cors, origin is null ? "no Access-Control-Allow-Origin header" : $"Access-Control-Allow-Origin: {origin}");
        }

        if (!IsJsonUtf8(response.Content.Headers.ContentType))
        {
            violations.Add(url, Rules.ContentType, $"Content-Type: {response.Content.Headers.ContentType}");
        }
    }

    public JsonNode? Parse(string url, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            violations.Add(url, Rules.Utf8, "starts with a byte order mark");
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            violations.Add(url, Rules.Utf8, $"not UTF-8: {error.Message}");
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException error)
        {
            violations.Add(url, Rules.Json, $"{error.Message} in {Shorten(text)}");
            return null;
        }
    }

    private static bool IsJsonUtf8(MediaTypeHeaderValue? type) =>
        type is not null
        && string.Equals(type.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
        && string.Equals(type.CharSet?.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase);

    public static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}

/// <summary>A parsed answer with the URL it came from and its ETag.</summary>
public sealed record FetchedJson(string Url, JsonNode Json, string? ETag);
