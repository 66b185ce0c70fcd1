using System.Text.Json;

namespace Ratsnetz.OParl.RoundTrip;

/// <summary>
/// Everything an OParl server publishes, reduced to what must survive a mirror: each object as its type plus the
/// fields that carry meaning, with references replaced by the referenced object's key (ids differ between
/// servers). Two servers hold the same objects when their snapshots are equal.
/// </summary>
internal sealed class OParlSnapshot
{
    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);

    public static async Task<OParlSnapshot> TakeAsync(HttpClient client, Uri system)
    {
        var snapshot = new OParlSnapshot();
        var root = await GetAsync(client, system.ToString());
        foreach (var body in await ListAsync(client, root.GetProperty("body").GetString()!))
        {
            snapshot.Add(body);
            foreach (var list in new[] { "organization", "person", "membership", "meeting", "agendaItem", "paper", "consultation", "file" })
            {
                foreach (var item in await ListAsync(client, body.GetProperty(list).GetString()!))
                {
                    snapshot.Add(item);
                }
            }
        }

        return snapshot;
    }

    /// <summary>One line per object, sorted: easy to compare and to read in a failure message.</summary>
    public IReadOnlyList<string> Lines(string type) => _byId.Values
        .Where(o => o.GetProperty("type").GetString()!.EndsWith("/" + type, StringComparison.Ordinal))
        .Select(o => Describe(type, o))
        .Order(StringComparer.Ordinal)
        .ToList();

    private void Add(JsonElement item) => _byId[item.GetProperty("id").GetString()!] = item;

    private string Describe(string type, JsonElement o) => type switch
    {
        "Body" => Join(o, "name", "shortName"),
        "Organization" => Join(o, "name", "shortName", "classification"),
        "Person" => Join(o, "familyName", "givenName", "formOfAddress", "title"),
        "Membership" => Join(o, "role", "votingRight", "startDate", "endDate") + " | " + Key(o, "person") + " | " + Key(o, "organization"),
        "Meeting" => Join(o, "name", "start", "end", "meetingState") + " | " + Key(o, "organization"),
        "AgendaItem" => Join(o, "number", "order", "name", "public", "result", "resolutionText") + " | " + Key(o, "meeting"),
        "Paper" => Join(o, "reference", "name", "paperType", "date"),
        "Consultation" => Join(o, "role", "authoritative") + " | " + Key(o, "paper") + " | " + Key(o, "meeting") + " | " + Key(o, "agendaItem"),
        "File" => Join(o, "name", "fileName", "mimeType", "size", "text"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The referenced object's own key, so a reference compares equal across servers.</summary>
    private string Key(JsonElement o, string property)
    {
        if (!o.TryGetProperty(property, out var value))
        {
            return "-";
        }

        var url = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault().GetString() : value.GetString();
        if (url is null || !_byId.TryGetValue(url, out var target))
        {
            return "?";
        }

        var type = target.GetProperty("type").GetString()!;
        return Describe(type[(type.LastIndexOf('/') + 1)..], target);
    }

    // Whitespace around a value is not content: the mirror trims every string it reads, as real servers pad them.
    private static string Join(JsonElement o, params string[] properties) => string.Join(" · ", properties.Select(p =>
        o.TryGetProperty(p, out var value) ? (value.ValueKind == JsonValueKind.Array ? string.Join(",", value.EnumerateArray().Select(v => v.ToString())) : value.ToString().Trim()) : "-"));

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        string? next = url;
        while (next is not null)
        {
            var page = await GetAsync(client, next);
            items.AddRange(page.GetProperty("data").EnumerateArray());
            next = page.GetProperty("links").TryGetProperty("next", out var link) ? link.GetString() : null;
        }

        return items;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(url)));
        return document.RootElement.Clone();
    }
}
