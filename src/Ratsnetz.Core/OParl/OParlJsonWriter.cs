using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ratsnetz.OParl;

/// <summary>
/// Writes OParl JSON straight into a buffer. OParl forbids <c>null</c> and empty strings, so every optional value
/// goes through a method that leaves the member out instead; no serializer setting can forget it.
/// </summary>
public sealed class OParlJsonWriter : IDisposable
{
    // Umlauts stay readable; JSON escaping of quotes and control characters is all OParl asks for.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PooledByteBuffer _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;
    private byte[]? _encodedBase;
    private readonly List<OParlFragment> _fragments = [];
    private readonly List<int> _markers = [];

    public OParlJsonWriter(OParlUrls urls)
    {
        Urls = urls;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public OParlUrls Urls { get; }

    public Utf8JsonWriter Json => _json;

    public void StartObject(string? name = null)
    {
        if (name is null)
        {
            _json.WriteStartObject();
        }
        else
        {
            _json.WriteStartObject(name);
        }
    }

    public void EndObject() => _json.WriteEndObject();

    public void StartArray(string name) => _json.WriteStartArray(name);

    public void EndArray() => _json.WriteEndArray();

    /// <summary>id, type, and the two OParl timestamps every object (embedded ones too) carries.</summary>
    public void Head(string id, string type)
    {
        _json.WriteString("id", id);
        _json.WriteString("type", type);
    }

    public void Stamps(DateTime createdUtc, DateTime modifiedUtc)
    {
        _json.WriteString("created", OParlTime.Format(createdUtc));
        _json.WriteString("modified", OParlTime.Format(modifiedUtc));
    }

    public void Text(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _json.WriteString(name, WithoutMarker(value));
        }
    }

    public void Bool(string name, bool? value)
    {
        if (value is { } flag)
        {
            _json.WriteBoolean(name, flag);
        }
    }

    public void Number(string name, long? value)
    {
        if (value is { } number)
        {
            _json.WriteNumber(name, number);
        }
    }

    public void Date(string name, DateOnly? value)
    {
        if (value is { } date)
        {
            _json.WriteString(name, OParlTime.Format(date));
        }
    }

    public void Strings(string name, IEnumerable<string?> values, bool always = false)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (present.Count == 0 && !always)
        {
            return;
        }

        _json.WriteStartArray(name);
        foreach (var value in present)
        {
            _json.WriteStringValue(WithoutMarker(value!));
        }

        _json.WriteEndArray();
    }

    /// <summary>What is left of a deleted object: id, type, created, modified and <c>deleted: true</c>.</summary>
    public void Deleted(string id, string type, DateTime createdUtc, DateTime modifiedUtc)
    {
        _json.WriteStartObject();
        Head(id, type);
        Stamps(createdUtc, modifiedUtc);
        _json.WriteBoolean("deleted", true);
        _json.WriteEndObject();
    }

    /// <summary>
    /// Writes a stored document (<see cref="Documents.OParlDocumentFormat"/>) as the next value, with this answer's
    /// base URL in place of the marker. Its <paramref name="hash"/> stands for its bytes in the entity tag.
    /// </summary>
    /// <remarks>
    /// The document is not copied here: the writer puts a one-byte placeholder in its place (so the JSON writer
    /// still sets the commas) and the answer sends the stored bytes themselves, with the base URL spliced in, straight
    /// to the response (<see cref="OParlDocument.WriteTo"/>). The caller must not change <paramref name="stored"/>.
    /// </remarks>
    public void Fragment(ReadOnlyMemory<byte> stored, byte[] hash)
    {
        _encodedBase ??= Documents.OParlDocumentFormat.EncodeBase(Urls.Base);
        _json.WriteRawValue(Placeholder, skipInputValidation: true);

        // The markers are found once: their offsets give the length now (Content-Length) and the splice points later.
        var marker = Documents.OParlDocumentFormat.BaseMarker;
        var firstMarker = _markers.Count;
        var span = stored.Span;
        for (int from = 0, at; (at = span[from..].IndexOf(marker)) >= 0; from += at + marker.Length)
        {
            _markers.Add(from + at);
        }

        var markers = _markers.Count - firstMarker;
        var length = stored.Length + (markers * (_encodedBase.Length - marker.Length));
        _fragments.Add(new OParlFragment(Position - Placeholder.Length, stored, length, hash, firstMarker, markers));
    }

    /// <summary>The whole answer in one array, for callers that need contiguous bytes (rendering stored documents).</summary>
    public byte[] ToArray()
    {
        _json.Flush();
        if (_fragments.Count == 0)
        {
            return _buffer.WrittenSpan.ToArray();
        }

        var output = new ArrayBufferWriter<byte>();
        new OParlAnswer(_buffer.WrittenMemory, _fragments, _markers, _encodedBase).WriteTo(output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The answer, owning this writer's buffer: disposing the answer returns it to the pool.</summary>
    public OParlDocument ToDocument()
    {
        _json.Flush();
        return new OParlDocument(new OParlAnswer(_buffer.WrittenMemory, _fragments, _markers, _encodedBase), this);
    }

    private static ReadOnlySpan<byte> Placeholder => "0"u8;

    private long Position => _json.BytesCommitted + _json.BytesPending;

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }

    // The marker of stored documents' URLs must never come from data; a U+0001 in a text carries no meaning anyway.
    // Values built by OParlUrls start with the marker and a slash and are kept as they are.
    private string WithoutMarker(string value)
    {
        var marker = Documents.OParlDocumentFormat.BaseMarkerText[0];
        var at = value.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || (at == 0 && ReferenceEquals(Urls, Documents.OParlDocumentFormat.MarkerUrls) && value.Length > 1 && value[1] == '/'
            && value.IndexOf(marker, 1) < 0))
        {
            return value;
        }

        return value.Replace(Documents.OParlDocumentFormat.BaseMarkerText, string.Empty, StringComparison.Ordinal);
    }
}
