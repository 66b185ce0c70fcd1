using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>Looking into one answer: objects and embedded objects, their references, the schema check.</summary>
public sealed partial class OParlCrawler
{
    private static readonly HashSet<string> FileUrls = ["accessUrl", "downloadUrl"];

    /// <summary>URL properties of the schemas that point at web pages, licences or products, not at OParl documents.</summary>
    private static readonly HashSet<string> WebUrls = ["web", "website", "license", "fileLicense", "vendor", "product", "externalServiceUrl", "equivalent"];

    private async Task FetchObjectAsync(string url, CancellationToken cancellationToken)
    {
        var fetched = await _http.GetJsonAsync(url, cancellationToken);
        if (fetched is null)
        {
            if (References.TryGetValue(url, out var referrer))
            {
                Violations.Add(url, Conformance.Rules.Reference, $"referenced at {referrer} but does not answer with an object");
            }

            return;
        }

        _rules.CheckValues(url, fetched.Json);
        ScanForbidden(url, fetched.Json, string.Empty);
        if (fetched.Json is not JsonObject value || ObjectRules.TypeOf(value) is null)
        {
            Violations.Add(url, Conformance.Rules.KnownType, $"answers {OParlHttp.Shorten(fetched.Json.ToJsonString())}, not an OParl object");
            return;
        }

        if (ObjectRules.IdOf(value) != url)
        {
            Violations.Add(url, Conformance.Rules.IdIsUrl, $"the object at this URL has id {ObjectRules.IdOf(value) ?? "(none)"}");
        }

        Fetched[url] = value;
        var batch = new List<(string Type, JsonObject Object, string Where)>();
        Inspect(url, string.Empty, value, batch, embedded: false, ownUrl: true);
        await ValidateAsync(batch, cancellationToken);
        if (fetched.ETag is { } etag)
        {
            await _http.CheckNotModifiedAsync(url, etag, cancellationToken);
        }
    }

    private async Task InspectPageAsync(string pageUrl, IReadOnlyList<JsonObject> items, CancellationToken cancellationToken)
    {
        var batch = new List<(string Type, JsonObject Object, string Where)>();
        for (var i = 0; i < items.Count; i++)
        {
            ScanForbidden(pageUrl, items[i], $"/data/{i}");
            Inspect(pageUrl, $"/data/{i}", items[i], batch, embedded: false, ownUrl: false);
        }

        await ValidateAsync(batch, cancellationToken);
    }

    private async Task ValidateAsync(List<(string Type, JsonObject Object, string Where)> batch, CancellationToken cancellationToken)
    {
        var results = await _validator.ValidateAsync(batch.Select(b => (b.Type, b.Object)).ToList(), cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            // Spec 2.8 strips a deleted object to id, type, created and modified, so the schema's other required
            // fields (AgendaItem.order, File.accessUrl) cannot apply to it; the shape is checked by ObjectRules.
            var deleted = ObjectRules.IsDeleted(batch[i].Object);
            foreach (var error in results[i].Where(e => !deleted || !e.Message.StartsWith("must have required property", StringComparison.Ordinal)))
            {
                Violations.Add(batch[i].Where, Conformance.Rules.Schema, $"{batch[i].Type} {error.Path} {error.Message}");
            }
        }
    }

    /// <summary>Checks one OParl object and, recursively, the objects embedded in it; schedules what it links to.</summary>
    private void Inspect(string url, string path, JsonObject value, List<(string, JsonObject, string)> batch, bool embedded, bool ownUrl)
    {
        Interlocked.Increment(ref _objectsChecked);
        _rules.CheckObject(url, path, value);
        var type = ObjectRules.TypeOf(value);
        var id = ObjectRules.IdOf(value);
        if (type is not null)
        {
            batch.Add((type, value, $"{url} {(path.Length == 0 ? "(root)" : path)}"));
        }

        if (id is not null && type is not null)
        {
            KnownIds[id] = type;
            if (Sampled(id, type) && IsLocal(id))
            {
                if (!ownUrl)
                {
                    Occurrences.GetOrAdd(id, _ => []).Add(new Occurrence(value, $"{url} {path}", embedded));
                }

                ScheduleObject(id);
                if (type == "File" && !ObjectRules.IsDeleted(value))
                {
                    ScheduleFile(value);
                }
            }
        }

        Walk(url, path, value, type, batch);
    }

    private void Walk(string url, string path, JsonObject value, string? ownerType, List<(string, JsonObject, string)> batch)
    {
        foreach (var (name, child) in value)
        {
            if (name is "id" or "type")
            {
                continue;
            }

            var childPath = $"{path}/{name}";
            switch (child)
            {
                case JsonObject o:
                    Visit(url, childPath, name, o, ownerType, batch);
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is JsonObject element)
                        {
                            Visit(url, $"{childPath}/{i}", name, element, ownerType, batch);
                        }
                        else if (a[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                        {
                            Reference(url, $"{childPath}/{i}", name, v.GetValue<string>(), ownerType);
                        }
                    }

                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                    Reference(url, childPath, name, v.GetValue<string>(), ownerType);
                    break;
            }
        }
    }

    private void Visit(string url, string path, string name, JsonObject child, string? ownerType, List<(string, JsonObject, string)> batch)
    {
        if (ObjectRules.TypeOf(child) is not null)
        {
            Inspect(url, path, child, batch, embedded: true, ownUrl: false);
        }
        else
        {
            // Extension structures (attendance rows, votes) are no OParl objects, but their URLs must resolve too.
            Walk(url, path, child, ownerType is null ? null : $"{ownerType}.{name}", batch);
        }
    }

    private void Reference(string url, string path, string name, string target, string? ownerType)
    {
        if (!IsLocal(target) || WebUrls.Contains(name))
        {
            return;
        }

        if (ownerType is not null && _validator.Lists.TryGetValue(ownerType, out var lists) && lists.TryGetValue(name, out var itemType))
        {
            ScheduleList(target, itemType);
        }
        else if (!FileUrls.Contains(name))
        {
            References.TryAdd(target, $"{url} {path}");
            if (Sampled(target, null))
            {
                ScheduleObject(target);
            }
        }
    }
}
