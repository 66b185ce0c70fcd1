using System.Text.Json;

namespace Ratsnetz.Import.OParl;

/// <summary>
/// Tolerant reading of OParl JSON: real servers send strings where arrays belong (and the reverse), empty strings
/// for "no value", and OParl 1.0 or 1.1 type URLs. Every accessor answers null instead of throwing.
/// </summary>
public static class OParlJson
{
    public static string? Field(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => Common.Text.Clean(value.GetString()),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static bool? Flag(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
                _ => null,
            }
            : null;

    public static int? Number(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>Strings of a field that may be one string or an array of strings (Person.title, Meeting.organization).</summary>
    public static IReadOnlyList<string> Strings(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when Common.Text.Clean(value.GetString()) is { } single => [single],
            JsonValueKind.Array => value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? Common.Text.Clean(v.GetString()) : v.Id())
                .OfType<string>().ToList(),
            JsonValueKind.Object when value.Id() is { } id => [id],
            _ => [],
        };
    }

    /// <summary>A reference field: a URL string, or an embedded object whose id counts.</summary>
    public static string? Reference(this JsonElement element, string name) => element.Strings(name) is { Count: > 0 } all ? all[0] : null;

    /// <summary>Embedded objects of a field holding one object or an array of objects (URL strings are skipped).</summary>
    public static IEnumerable<JsonElement> Embedded(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => [value],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object).ToList(),
            _ => [],
        };
    }

    public static string? Id(this JsonElement element) => element.Field("id");

    /// <summary>"Meeting" from "https://schema.oparl.org/1.0/Meeting", "https://schema.oparl.org/1.1/Meeting" or "Meeting".</summary>
    public static string? TypeName(this JsonElement element) => TypeName(element.Field("type"));

    public static string? TypeName(string? typeUrl)
    {
        if (typeUrl is null)
        {
            return null;
        }

        var name = typeUrl.TrimEnd('/');
        var slash = name.LastIndexOf('/');
        var last = slash >= 0 ? name[(slash + 1)..] : name;
        var hash = last.LastIndexOf('#');
        return hash >= 0 ? last[(hash + 1)..] : last;
    }

    public static bool IsDeleted(this JsonElement element) => element.Flag("deleted") == true;
}
