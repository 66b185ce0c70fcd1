using System.Globalization;
using System.Text.Json;

namespace Ratsnetz.Documents.Scoring;

/// <summary>How a field's values are compared.</summary>
public enum ValueKind
{
    /// <summary>Dates, times, numbers, booleans, controlled words: equal after normalisation.</summary>
    Exact,

    /// <summary>Free text as written (titles, groups, places): equal after normalisation.</summary>
    Text,

    /// <summary>Person names: tolerant of diacritics and small OCR differences.</summary>
    Name,

    /// <summary>"The first words of …": one normalised text starts with the other (at least 10 characters).</summary>
    Prefix,

    /// <summary>Agenda numbers: "TOP 3.", "3" and "3" are the same.</summary>
    AgendaNumber,
}

/// <summary>Compares one field of a gold object with the same field of an extracted object.</summary>
public static class ValueComparer
{
    private const int MinPrefixLength = 10;

    /// <summary>Whether the gold object has the key at all (a stated null counts: the value is known to be absent).</summary>
    public static bool States(JsonElement goldObject, string key) =>
        goldObject.ValueKind == JsonValueKind.Object && goldObject.TryGetProperty(key, out _);

    /// <summary>The gold value and its <c>key_clean</c> alternative, where given; either counts.</summary>
    public static IEnumerable<JsonElement> Alternatives(JsonElement goldObject, string key)
    {
        if (goldObject.TryGetProperty(key, out var value))
        {
            yield return value;
        }

        if (goldObject.TryGetProperty(key + "_clean", out var clean) && clean.ValueKind != JsonValueKind.Null)
        {
            yield return clean;
        }
    }

    public static JsonElement? Value(JsonElement extractedObject, string key) =>
        extractedObject.ValueKind == JsonValueKind.Object && extractedObject.TryGetProperty(key, out var value) && !IsNull(value)
            ? value
            : null;

    public static bool Equal(JsonElement goldObject, JsonElement extractedObject, string key, ValueKind kind)
    {
        var extracted = Value(extractedObject, key);
        return Alternatives(goldObject, key).Any(gold => Same(gold, extracted, kind));
    }

    public static bool Same(JsonElement gold, JsonElement? extracted, ValueKind kind)
    {
        if (IsNull(gold) || extracted is null)
        {
            return IsNull(gold) && extracted is null;
        }

        var a = Text(gold);
        var b = Text(extracted.Value);
        return kind switch
        {
            ValueKind.Name => NameMatcher.Similarity(a, b) > 0,
            ValueKind.AgendaNumber => AgendaNumber(a) == AgendaNumber(b),
            ValueKind.Prefix => PrefixMatch(ScoringText.Normalize(a), ScoringText.Normalize(b)),
            _ => ScoringText.Normalize(a) == ScoringText.Normalize(b),
        };
    }

    /// <summary>"TOP 3.1." → "3.1"; numbers of agenda items are compared in this form.</summary>
    public static string AgendaNumber(string? number)
    {
        var normalized = ScoringText.Normalize(number);
        if (normalized.StartsWith("top", StringComparison.Ordinal))
        {
            normalized = normalized[3..];
        }

        return normalized.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.', ':', ')');
    }

    public static bool IsNull(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));

    /// <summary>A value as text for comparison and messages: strings as they are, numbers and booleans in JSON form.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        _ => value.GetRawText(),
    };

    private static bool PrefixMatch(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= MinPrefixLength && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));
}
