using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// A File's <c>accessUrl</c> returns its content as described (size, checksums, mime type); its
/// <c>downloadUrl</c> returns the same bytes as an attachment.
/// </summary>
public sealed class FileContentChecks(OParlHttp http, Violations violations, IReadOnlyCollection<string> forbiddenTexts)
{
    public async Task CheckAsync(JsonObject file, CancellationToken cancellationToken)
    {
        var id = ObjectRules.IdOf(file) ?? "(file without id)";
        if (Text(file, "accessUrl") is not { } accessUrl)
        {
            violations.Add(id, Rules.FileContent, "no accessUrl");
            return;
        }

        var access = await GetAsync(accessUrl, cancellationToken);
        if (access is null)
        {
            return;
        }

        var (bytes, mediaType, _) = access.Value;
        if (file["size"] is JsonValue s && s.TryGetValue<long>(out var size) && size != bytes.Length)
        {
            violations.Add(accessUrl, Rules.FileContent, $"{bytes.Length} bytes, the File {id} says size {size}");
        }

#pragma warning disable CA5350 // OParl's sha1Checksum is defined as SHA-1; checking it protects nothing.
        if (Text(file, "sha1Checksum") is { } sha1 && !sha1.Equals(Convert.ToHexStringLower(SHA1.HashData(bytes)), StringComparison.OrdinalIgnoreCase))
#pragma warning restore CA5350
        {
            violations.Add(accessUrl, Rules.FileContent, $"content does not match sha1Checksum of {id}");
        }

        if (Text(file, "sha512Checksum") is { } sha512 && !sha512.Equals(Convert.ToHexStringLower(SHA512.HashData(bytes)), StringComparison.OrdinalIgnoreCase))
        {
            violations.Add(accessUrl, Rules.FileContent, $"content does not match sha512Checksum of {id}");
        }

        // Parameters (charset) may differ in spelling or be left out; the media type itself must agree.
        if (Text(file, "mimeType") is { } mimeType && !string.Equals(mediaType, mimeType.Split(';')[0].Trim(), StringComparison.OrdinalIgnoreCase))
        {
            violations.Add(accessUrl, Rules.FileContent, $"Content-Type {mediaType}, the File {id} says mimeType {mimeType}");
        }

        if (mediaType?.StartsWith("text/", StringComparison.OrdinalIgnoreCase) == true)
        {
            var text = Encoding.UTF8.GetString(bytes);
            foreach (var forbidden in forbiddenTexts.Where(f => text.Contains(f, StringComparison.Ordinal)))
            {
                violations.Add(accessUrl, Rules.NonPublic, $"file content contains the non-public text \"{forbidden}\"");
            }
        }

        if (Text(file, "downloadUrl") is { } downloadUrl && await GetAsync(downloadUrl, cancellationToken) is var (downloaded, _, disposition))
        {
            if (!downloaded.AsSpan().SequenceEqual(bytes))
            {
                violations.Add(downloadUrl, Rules.FileContent, $"other bytes than accessUrl {accessUrl}");
            }

            if (disposition is null || !disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(downloadUrl, Rules.FileContent, $"Content-Disposition is {disposition ?? "(none)"}, not attachment");
            }
        }
    }

    private async Task<(byte[] Bytes, string? MediaType, string? Disposition)?> GetAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            violations.Add(url, Rules.FileContent, $"answers {(int)response.StatusCode}");
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (bytes, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.ToString());
    }

    private static string? Text(JsonObject value, string name) =>
        value[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
