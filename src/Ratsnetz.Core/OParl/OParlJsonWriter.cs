using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
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
    private PooledByteBuffer? _fragment;
    private readonly List<(long Start, long End, byte[] Hash)> _fragments = [];

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
    public void Fragment(ReadOnlySpan<byte> stored, byte[] hash)
    {
        _encodedBase ??= Documents.OParlDocumentFormat.EncodeBase(Urls.Base);
        var marker = Documents.OParlDocumentFormat.BaseMarker;
        _fragment ??= new PooledByteBuffer(stored.Length + 4096);
        _fragment.Clear();
        var rest = stored;
        int at;
        while ((at = rest.IndexOf(marker)) >= 0)
        {
            _fragment.Write(rest[..at]);
            _fragment.Write(_encodedBase);
            rest = rest[(at + marker.Length)..];
        }

        _fragment.Write(rest);
        var start = Position;
        _json.WriteRawValue(_fragment.WrittenSpan, skipInputValidation: true);
        _fragments.Add((start, Position, hash));
    }

    public byte[] ToArray()
    {
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>The answer, owning this writer's buffer: disposing the answer returns it to the pool.</summary>
    public OParlDocument ToDocument()
    {
        _json.Flush();
        return new OParlDocument(_buffer.WrittenMemory, this, _fragments.Count == 0 ? null : ComposedTag());
    }

    private long Position => _json.BytesCommitted + _json.BytesPending;

    /// <summary>
    /// The entity tag of an answer made of stored documents, without hashing their hundreds of kilobytes again: the
    /// SHA-256 of the base URL, the bytes written around the documents and, for each document, its length and its
    /// stored hash. Equal tags still mean equal bytes, as a strong validator must.
    /// </summary>
    private string ComposedTag()
    {
        using var tag = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        tag.AppendData(_encodedBase ?? []);
        var written = _buffer.WrittenSpan;
        var from = 0;
        Span<byte> length = stackalloc byte[8];
        foreach (var (start, end, hash) in _fragments)
        {
            tag.AppendData(written[from..(int)start]);
            BinaryPrimitives.WriteInt64LittleEndian(length, end - start);
            tag.AppendData(length);
            tag.AppendData(hash);
            from = (int)end;
        }

        tag.AppendData(written[from..]);
        return "\"" + Convert.ToHexStringLower(tag.GetHashAndReset().AsSpan(0, 16)) + "\"";
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
        _fragment?.Dispose();
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
