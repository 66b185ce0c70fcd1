using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Ratsnetz.Web.Infrastructure;

/// <summary>
/// Stylesheets and icons are embedded in the executable, so one artifact runs anywhere (no wwwroot to deploy).
/// URLs carry a content hash; the files can therefore be cached for a year.
/// </summary>
public static class PortalAssets
{
    private static readonly EmbeddedFileProvider Provider = new(typeof(PortalAssets).Assembly, "Ratsnetz.Web.Assets");

    private static readonly Lazy<string> VersionTag = new(ComputeVersion);

    public const string RequestPath = "/assets";

    public static string Url(string fileName) => $"{RequestPath}/{fileName}?v={VersionTag.Value}";

    public static StaticFileOptions Options() => new()
    {
        FileProvider = Provider,
        RequestPath = RequestPath,
        OnPrepareResponse = context =>
            context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable",
    };

    private static string ComputeVersion()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Provider.GetDirectoryContents(string.Empty).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var stream = file.CreateReadStream();
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Name));
            var buffer = new byte[8192];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
