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

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

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
            _json.WriteString(name, value);
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
            _json.WriteStringValue(value);
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

    public byte[] ToArray()
    {
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    public void Dispose() => _json.Dispose();
}
