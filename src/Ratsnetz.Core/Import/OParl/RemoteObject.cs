using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ratsnetz.Import.OParl;

/// <summary>Where an embedded object sat: its parent's id and type and the field (e.g. Paper.mainFile).</summary>
public sealed record RemoteParent(string Url, string Type, string Field);

/// <summary>One OParl object as received, with the parent it was embedded in (if any).</summary>
public sealed record RemoteObject(string Url, string Type, JsonElement Json, RemoteParent? Parent)
{
    /// <summary>Fields that hold embedded objects, per type, with the type those objects have.</summary>
    private static readonly Dictionary<string, (string Field, string Type)[]> EmbeddedFields = new(StringComparer.Ordinal)
    {
        ["Body"] = [("legislativeTerm", "LegislativeTerm")],
        ["Organization"] = [("location", "Location")],
        ["Person"] = [("membership", "Membership")],
        ["Meeting"] =
        [
            ("location", "Location"), ("agendaItem", "AgendaItem"), ("invitation", "File"), ("resultsProtocol", "File"),
            ("verbatimProtocol", "File"), ("auxiliaryFile", "File"),
        ],
        ["AgendaItem"] = [("resolutionFile", "File"), ("auxiliaryFile", "File")],
        ["Paper"] = [("mainFile", "File"), ("auxiliaryFile", "File"), ("consultation", "Consultation")],
    };

    private static readonly string[] LocationFields = ["description", "streetAddress", "room", "locality", "postalCode"];

    private string? _contentHash;

    public DateTime? RemoteModified => OParlDates.ParseUtc(Json.Field("modified"));

    public bool IsDeleted => Json.IsDeleted();

    /// <summary>
    /// The object and everything embedded in it, parents first. Objects without an id cannot be mirrored (nothing
    /// could find them again) and come back in <paramref name="withoutId"/>.
    /// </summary>
    public static List<RemoteObject> Flatten(JsonElement json, string expectedType, RemoteParent? parent, List<string> withoutId)
    {
        var result = new List<RemoteObject>();
        Collect(json, expectedType, parent, result, withoutId, depth: 0);
        return result;
    }

    /// <summary>
    /// SHA-256 of the object's own fields with embedded objects reduced to their ids: a change inside an embedded
    /// object is that object's change, not its parent's.
    /// </summary>
    public string ContentHash() => _contentHash ??= ComputeHash();

    private string ComputeHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var property in Json.EnumerateObject())
        {
            hash.AppendData(Encoding.UTF8.GetBytes(property.Name));
            hash.AppendData("\u0001"u8);
            var value = property.Value;
            var text = value.ValueKind switch
            {
                JsonValueKind.Object when value.Id() is { } id => id,
                JsonValueKind.Array when value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Object) =>
                    string.Join('\u0002', value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? v.Id() : v.GetRawText())),
                _ => value.GetRawText(),
            };
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData("\u0003"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Collect(JsonElement json, string expectedType, RemoteParent? parent, List<RemoteObject> result, List<string> withoutId, int depth)
    {
        if (json.ValueKind != JsonValueKind.Object || depth > 4)
        {
            return;
        }

        var type = json.TypeName() ?? expectedType;
        if (json.Id() is not { } url)
        {
            withoutId.Add(type);
            return;
        }

        // Some systems embed a Location with every field empty; it describes nothing and is left out.
        if (type == "Location" && LocationFields.All(f => json.Field(f) is null))
        {
            return;
        }

        result.Add(new RemoteObject(url, type, json, parent));
        if (!EmbeddedFields.TryGetValue(type, out var fields))
        {
            return;
        }

        foreach (var (field, childType) in fields)
        {
            foreach (var child in json.Embedded(field))
            {
                Collect(child, childType, new RemoteParent(url, type, field), result, withoutId, depth + 1);
            }
        }
    }
}
