using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// The rules of the written specification that the schemas' <c>required</c> arrays miss, checked on one document
/// (an object, an embedded object, a list page).
/// </summary>
public sealed class ObjectRules(IReadOnlyDictionary<string, IReadOnlySet<string>> schemaProperties, Violations violations)
{
    public const string TypePrefix = "https://schema.oparl.org/1.1/";
    public const string ExtensionPrefix = "ratsnetz:";

    /// <summary>Marked ZWINGEND in the schema's strings.yml although Body.json's required array lacks most of them.</summary>
    public static readonly IReadOnlyList<string> BodyListLinks =
    [
        "organization", "person", "meeting", "paper", "legislativeTerm", "agendaItem", "consultation", "file",
        "locationList", "legislativeTermList", "membership",
    ];

    /// <summary>What a deleted object keeps (spec 2.8: everything else is removed).</summary>
    private static readonly HashSet<string> DeletedKeeps = ["id", "type", "created", "modified", "deleted"];

    /// <summary>The short type name ("Paper") of an OParl object, or null when the value is not one.</summary>
    public static string? TypeOf(JsonNode? node) =>
        node is JsonObject o && o["type"] is JsonValue v && v.TryGetValue<string>(out var type)
            && type.StartsWith("https://schema.oparl.org/", StringComparison.Ordinal)
            ? type[(type.LastIndexOf('/') + 1)..]
            : null;

    public static string? IdOf(JsonNode? node) =>
        node is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;

    public static bool IsDeleted(JsonObject value) =>
        value["deleted"] is JsonValue v && v.TryGetValue<bool>(out var deleted) && deleted;

    /// <summary>No null and no empty string anywhere in a document (OParl: omit what has no value).</summary>
    public void CheckValues(string url, JsonNode? node, string path = "")
    {
        switch (node)
        {
            case null:
                violations.Add(url, Rules.NoNull, $"{Path(path)} is null");
                break;
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    CheckValues(url, value, $"{path}/{name}");
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    CheckValues(url, a[i], $"{path}/{i}");
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0:
                violations.Add(url, Rules.NoEmptyString, $"{Path(path)} is an empty string");
                break;
        }
    }

    /// <summary>Rules for one OParl object; embedded objects are checked by the caller with their own path.</summary>
    public void CheckObject(string url, string path, JsonObject value)
    {
        var id = IdOf(value) ?? "(no id)";
        var where = $"{Path(path)} {id}";
        if (value["type"] is not JsonValue t || !t.TryGetValue<string>(out var type) || !type.StartsWith(TypePrefix, StringComparison.Ordinal))
        {
            violations.Add(url, Rules.KnownType, $"{where} has type {value["type"]?.ToJsonString() ?? "(none)"}");
            return;
        }

        var shortType = type[TypePrefix.Length..];
        foreach (var stamp in new[] { "created", "modified" })
        {
            if (value[stamp] is not JsonValue s || !s.TryGetValue<string>(out var text) || !DateTimeOffset.TryParse(text, out _))
            {
                violations.Add(url, Rules.CreatedModified, $"{where} ({shortType}) lacks a valid {stamp}");
            }
        }

        if (IsDeleted(value))
        {
            var extra = value.Select(p => p.Key).Where(k => !DeletedKeeps.Contains(k)).ToList();
            if (extra.Count > 0)
            {
                violations.Add(url, Rules.DeletedShape, $"{where} is deleted but keeps {string.Join(", ", extra)}");
            }

            return;
        }

        if (!schemaProperties.TryGetValue(shortType, out var known))
        {
            violations.Add(url, Rules.KnownType, $"{where} has type {type}, which OParl 1.1 does not define");
            return;
        }

        foreach (var name in value.Select(p => p.Key).Where(k => !known.Contains(k) && !k.StartsWith(ExtensionPrefix, StringComparison.Ordinal)))
        {
            violations.Add(url, Rules.ExtensionPrefix, $"{where} ({shortType}) has field \"{name}\", neither OParl nor prefixed {ExtensionPrefix}");
        }

        if (shortType == "Body")
        {
            var missing = BodyListLinks.Where(link => value[link] is null).ToList();
            if (missing.Count > 0)
            {
                violations.Add(url, Rules.BodyLists, $"{where} lacks {string.Join(", ", missing)}");
            }
        }
    }

    private static string Path(string path) => path.Length == 0 ? "(root)" : path;
}
