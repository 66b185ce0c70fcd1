using System.Text.Encodings.Web;
using System.Text.Json;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Documents.Scoring;

/// <summary>The JSON form of the extraction contract: snake_case keys, unknown values left out, umlauts unescaped.</summary>
public static class ExtractionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,

        // Operators read this output; "Schäfer" must not become "Sch\u00e4fer". It is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(DocumentExtraction extraction) => JsonSerializer.Serialize(extraction, Options);

    public static JsonElement ToElement(DocumentExtraction extraction) => JsonSerializer.SerializeToElement(extraction, Options);
}
