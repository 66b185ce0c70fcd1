using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ratsnetz.OParl.Documents;

/// <summary>
/// How stored documents are written. URLs are rendered against a marker instead of the request's base, because the
/// same database answers behind several host names; the marker is a control character, which the writer never lets
/// through from data (<see cref="OParlJsonWriter"/> drops it from every text), so it cannot be confused with content.
/// </summary>
public static class OParlDocumentFormat
{
    /// <summary>Raise when the JSON the resources write changes: every stored document is then rendered anew.</summary>
    public const int Current = 1;

    /// <summary>The base URL documents are rendered with.</summary>
    public const string BaseMarkerText = "\u0001";

    /// <summary>How the marker appears in the written JSON.</summary>
    public static ReadOnlySpan<byte> BaseMarker => "\\u0001"u8;

    public static OParlUrls MarkerUrls { get; } = new(BaseMarkerText);

    /// <summary>What a stored document contributes to an answer's entity tag: the first 16 bytes of its SHA-256.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> json) => SHA256.HashData(json)[..16];

    /// <summary>The base URL as it must appear inside a JSON string.</summary>
    public static byte[] EncodeBase(string baseUrl) =>
        JsonEncodedText.Encode(baseUrl.TrimEnd('/'), JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes.ToArray();
}
