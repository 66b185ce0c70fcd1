using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// A made-up OParl server in memory that breaks one rule per place, so the self-test can show that the crawl notices
/// each kind of violation. It ignores every query parameter (filters, limit), as a careless server would.
/// </summary>
public sealed class BrokenOParlApi : HttpMessageHandler
{
    public const string Base = "http://oparl.test";
    public const string Api = Base + "/oparl/v1";
    public const string Secret = "Geheimer Tagesordnungspunkt";
    private const string T = "https://schema.oparl.org/1.1/";
    private const string Old = "2024-01-01T10:00:00+01:00";
    private const string New = "2024-06-01T10:00:00+02:00";

    private readonly Dictionary<string, Func<HttpResponseMessage>> _routes = new(StringComparer.Ordinal);

    public BrokenOParlApi()
    {
        // null and an empty string; no Access-Control-Allow-Origin, no ETag.
        Json("/system", Obj("System", "/system", Old, Old, ("oparlVersion", "https://schema.oparl.org/1.1/"), ("body", "/bodies"), ("name", ""), ("contactName", null)), cors: false, etag: false);
        Json("/bodies", Page([Body()], next: null));
        Json("/bodies/1", Body());
        // Page 1 links to page 2, which repeats an item (duplicate) and links to an empty page 3 (next on the last page).
        Json("/bodies/1/people", Page([Person(1, Old), Person(2, New)], next: "/bodies/1/people/2"));
        Json("/bodies/1/people/2", Page([Person(2, New)], next: "/bodies/1/people/3"));
        Json("/bodies/1/people/3", Page([], next: null));
        Json("/people/1", Person(1, Old));
        Json("/people/2", Person(2, New));
        // The membership's own URL returns another object (id) and differs from the embedded one (same object).
        Json("/memberships/7", Obj("Membership", "/memberships/8", Old, Old, ("organization", "/organizations/404")));
        // A deleted paper in a list asked without modified_since, keeping its name; a meeting with a bad date
        // (schema) and the wrong type in a paper list; a UTF-8 byte order mark; the wrong content type.
        Json("/bodies/1/papers", Page([Obj("Paper", "/papers/5", Old, New, ("deleted", true), ("name", Secret)), Obj("Meeting", "/meetings/1", Old, Old, ("start", "morgen"))], next: null), bom: true);
        Json("/papers/5", Obj("Paper", "/papers/5", Old, New, ("deleted", true)));
        Json("/meetings/1", Obj("Meeting", "/meetings/1", Old, Old, ("start", "morgen")), contentType: "text/json");
        Json("/bodies/1/files", Page([File()], next: null));
        // No pagination (list shape).
        Json("/bodies/1/meetings", new JsonObject { ["data"] = new JsonArray(), ["links"] = new JsonObject() });
        Json("/files/3", File());
        _routes["/oparl/v1/files/3/access"] = () => new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        // A conditional GET is ignored (200 again) and every query parameter too.
        return Task.FromResult(_routes.TryGetValue(path, out var answer) ? answer() : new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private static JsonObject Body() =>
        // Lacks most list links; one field unprefixed and one with a foreign prefix.
        Obj("Body", "/bodies/1", Old, Old, ("name", "Stadt Beispiel"), ("person", "/bodies/1/people"), ("paper", "/bodies/1/papers"),
            ("file", "/bodies/1/files"), ("organization", "/bodies/1/people"), ("meeting", "/bodies/1/meetings"), ("legislativeTerm", new JsonArray()),
            ("kosten", 12), ("other:note", "x"));

    private static JsonObject Person(int id, string created)
    {
        var membership = Obj("Membership", "/memberships/7", Old, Old, ("organization", "/organizations/404"));
        membership.Remove("created");
        return Obj("Person", $"/people/{id}", created, created, ("name", $"Person {id}"), ("membership", new JsonArray(membership)));
    }

    private static JsonObject File() =>
        Obj("File", "/files/3", Old, Old, ("accessUrl", "/files/3/access"), ("name", "Anlage"));

    private static JsonObject Obj(string type, string id, string created, string modified, params (string Name, JsonNode? Value)[] fields)
    {
        var value = new JsonObject { ["id"] = Api + id, ["type"] = T + type, ["created"] = created, ["modified"] = modified };
        foreach (var (name, field) in fields)
        {
            value[name] = field is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith('/') ? Api + text : field;
        }

        return value;
    }

    private static JsonObject Page(JsonObject[] items, string? next)
    {
        var links = new JsonObject();
        if (next is not null)
        {
            links["next"] = Api + next;
        }

        return new JsonObject { ["data"] = new JsonArray(items), ["pagination"] = new JsonObject(), ["links"] = links };
    }

    private void Json(string path, JsonObject body, bool cors = true, bool etag = true, bool bom = false, string contentType = "application/json; charset=utf-8")
    {
        var text = body.ToJsonString();
        _routes["/oparl/v1" + path] = () =>
        {
            var bytes = (bom ? "\uFEFF" : string.Empty) + text;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(bytes)) };
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            if (cors)
            {
                response.Headers.Add("Access-Control-Allow-Origin", "*");
            }

            if (etag)
            {
                response.Headers.ETag = new EntityTagHeaderValue($"\"{text.Length}\"");
            }

            return response;
        };
    }
}
