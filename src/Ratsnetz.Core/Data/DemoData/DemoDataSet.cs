using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ratsnetz.Data.DemoData;

/// <summary>
/// The demo data files embedded in this assembly, read in a fixed order (bodies first, then documents by file name)
/// so that seeding is deterministic and a document may refer to records of any body file or earlier document.
/// </summary>
internal sealed record DemoDataSet(IReadOnlyList<BodyFile> Bodies, IReadOnlyList<DocumentFile> Documents)
{
    private const string ResourcePrefix = "Ratsnetz.Data.DemoData.";
    private const string BodySuffix = ".body.json";
    private const string DocumentSuffix = ".document.json";

    // Strict on purpose: a misspelt property or enum value in a data file must fail loudly, not vanish.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static DemoDataSet Load()
    {
        var assembly = typeof(DemoDataSet).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var bodies = names.Where(name => name.EndsWith(BodySuffix, StringComparison.Ordinal))
            .Select(name => Read<BodyFile>(assembly, name))
            .ToList();
        var documents = names.Where(name => name.EndsWith(DocumentSuffix, StringComparison.Ordinal))
            .Select(name => Read<DocumentFile>(assembly, name))
            .ToList();
        if (bodies.Count == 0)
        {
            throw new InvalidDataException("No demo data files are embedded (Data/DemoData/*.body.json).");
        }

        return new DemoDataSet(bodies, documents);
    }

    private static T Read<T>(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"Embedded demo data '{resourceName}' cannot be opened.");
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new InvalidDataException($"Demo data file '{resourceName}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Demo data file '{resourceName}' is invalid: {e.Message}", e);
        }
    }
}
