using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.Api;

/// <summary>
/// Body lists are read with hand-written SQL (<c>OParlListScope</c>) for speed. This holds them to an independent
/// statement of the rules in LINQ: each list holds exactly the body's objects the public may see, deleted ones only
/// under <c>modified_since</c>, after some objects were made non-public or deleted.
/// </summary>
public sealed class ListCompletenessTests
{
    private static readonly DateTimeOffset Epoch = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Every_list_holds_exactly_the_bodys_public_objects(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await ChangeAsync(server, async db =>
        {
            (await db.Papers.Where(p => p.IsPublic).OrderBy(p => p.Id).FirstAsync()).MakeNonPublic();
            (await db.Files.Where(f => f.MeetingId != null && !f.Deleted).OrderBy(f => f.Id).FirstAsync()).MarkDeleted();
            (await db.AgendaItems.Where(i => i.IsPublic && !i.Deleted).OrderByDescending(i => i.Id).FirstAsync()).MarkDeleted();
        });

        using var client = server.CreateClient();
        var bodies = await ListAsync(client, "/oparl/v1/bodies", includeDeleted: false);
        Assert.Equal(await WithDbAsync(server, db => db.Bodies.Where(b => !b.Deleted).Select(b => b.Id).ToListAsync()), bodies);
        Assert.NotEmpty(bodies);

        var checkedObjects = 0;
        foreach (var body in bodies)
        {
            foreach (var (segment, expected) in Expected(body))
            {
                foreach (var includeDeleted in new[] { false, true })
                {
                    var wanted = await WithDbAsync(server, db => expected(db, includeDeleted));
                    var listed = await ListAsync(client, $"/oparl/v1/bodies/{body}/{segment}", includeDeleted);
                    Assert.True(wanted.SequenceEqual(listed), $"{segment} of body {body} (deleted {includeDeleted}): expected [{string.Join(", ", wanted)}], listed [{string.Join(", ", listed)}]");
                    checkedObjects += listed.Count;
                }
            }
        }

        Assert.True(checkedObjects > 300, $"the demo lists hold enough objects to mean something ({checkedObjects})");
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_deleted_or_unknown_body_has_no_lists(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        var body = await WithDbAsync(server, db => db.Bodies.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());
        Assert.True((await client.GetAsync(new Uri($"/oparl/v1/bodies/{body}/papers", UriKind.Relative))).IsSuccessStatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/oparl/v1/bodies/999999/papers", UriKind.Relative))).StatusCode);

        await ChangeAsync(server, async db => (await db.Bodies.SingleAsync(b => b.Id == body)).MarkDeleted());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/oparl/v1/bodies/{body}/papers", UriKind.Relative))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/oparl/v1/bodies/{body}/papers?after=999999", UriKind.Relative))).StatusCode);
    }

    /// <summary>The rules, stated apart from the API's SQL: each list's ids in order.</summary>
    private static IEnumerable<(string Segment, Func<AppDbContext, bool, Task<List<int>>> Ids)> Expected(int body)
    {
        yield return ("legislative-terms", (db, deleted) => Ids(db.LegislativeTerms.Where(t => t.BodyId == body), deleted));
        yield return ("organizations", (db, deleted) => Ids(db.Organizations.Where(o => o.BodyId == body), deleted));
        yield return ("people", (db, deleted) => Ids(db.People.Where(p => p.BodyId == body), deleted));
        yield return ("locations", (db, deleted) => Ids(db.Locations.Where(l => l.BodyId == body), deleted));
        yield return ("memberships", (db, deleted) => Ids(db.Memberships.Where(m => db.Organizations.Any(o => o.Id == m.OrganizationId && o.BodyId == body)), deleted));
        yield return ("meetings", (db, deleted) => Ids(db.Meetings.Where(m => db.Organizations.Any(o => o.Id == m.OrganizationId && o.BodyId == body)), deleted));
        yield return ("agenda-items", (db, deleted) => Ids(db.AgendaItems.Where(i => i.IsPublic
            && db.Meetings.Any(m => m.Id == i.MeetingId && db.Organizations.Any(o => o.Id == m.OrganizationId && o.BodyId == body))), deleted));
        yield return ("papers", (db, deleted) => Ids(db.Papers.Where(p => p.IsPublic && p.BodyId == body), deleted));
        yield return ("consultations", (db, deleted) => Ids(db.Consultations.Where(c => db.Papers.Any(p => p.Id == c.PaperId && p.IsPublic && p.BodyId == body)), deleted));
        yield return ("files", (db, deleted) => Ids(db.Files.Where(f => f.IsPublic
            && (f.PaperId == null || db.Papers.Any(p => p.Id == f.PaperId && p.IsPublic))
            && (f.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && i.IsPublic))
            && (db.Papers.Any(p => p.Id == f.PaperId && p.BodyId == body)
                || db.Meetings.Any(m => m.Id == f.MeetingId && db.Organizations.Any(o => o.Id == m.OrganizationId && o.BodyId == body))
                || db.AgendaItems.Any(i => i.Id == f.AgendaItemId
                    && db.Meetings.Any(m => m.Id == i.MeetingId && db.Organizations.Any(o => o.Id == m.OrganizationId && o.BodyId == body))))), deleted));
    }

    private static Task<List<int>> Ids<T>(IQueryable<T> query, bool includeDeleted)
        where T : Common.Entity =>
        query.Where(e => includeDeleted || !e.Deleted).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();

    /// <summary>Every id of a list, following <c>next</c> links in small pages so that paging is part of the check.</summary>
    private static async Task<List<int>> ListAsync(HttpClient client, string list, bool includeDeleted)
    {
        var ids = new List<int>();
        string? url = list + "?limit=7" + (includeDeleted ? "&modified_since=" + Uri.EscapeDataString(Epoch.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)) : string.Empty);
        while (url is not null)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
            using var json = JsonDocument.Parse(text);
            foreach (var item in json.RootElement.GetProperty("data").EnumerateArray())
            {
                var id = item.GetProperty("id").GetString()!;
                ids.Add(int.Parse(id[(id.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            }

            url = json.RootElement.GetProperty("links").TryGetProperty("next", out var next) ? next.GetString() : null;
        }

        return ids;
    }

    private static async Task ChangeAsync(PortalServer server, Func<AppDbContext, Task> change)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    private static async Task<T> WithDbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
