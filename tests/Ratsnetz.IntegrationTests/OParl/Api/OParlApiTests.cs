using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Data;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.Api;

/// <summary>What the API adds beyond the schemas: Ratsnetz's extension fields, privacy, deletion, HTTP details.</summary>
public sealed class OParlApiTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_portal_footer_links_the_system_and_the_system_leads_to_the_bodies(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var system = await GetJsonAsync(client, "/oparl/v1/system");
        var bodies = await GetJsonAsync(client, system.GetProperty("body").GetString()!);

        Assert.Contains("href=\"/oparl/v1/system\"", html, StringComparison.Ordinal);
        Assert.Equal("https://schema.oparl.org/1.1/", system.GetProperty("oparlVersion").GetString());
        Assert.Contains(bodies.GetProperty("data").EnumerateArray(), b => b.GetProperty("name").GetString() == "Stadt Kamen");
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Kamen_meeting_carries_attendance_and_speakers_but_not_its_non_public_part(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        using var client = server.CreateClient();

        var json = await GetJsonAsync(client, $"/oparl/v1/meetings/{meeting.Id}");

        var attendance = json.GetProperty("ratsnetz:attendance").EnumerateArray().ToList();
        Assert.Equal(16, attendance.Count(a => a.GetProperty("status").GetString() == "present"));
        Assert.Equal(4, attendance.Count(a => a.GetProperty("status").GetString() == "excused"));
        Assert.Equal(16, json.GetProperty("participant").GetArrayLength());
        var items = json.GetProperty("agendaItem").EnumerateArray().ToList();
        var publicItems = meeting.AgendaItems.Where(i => i.IsPublic && !i.Deleted).ToList();
        Assert.Equal(publicItems.Count, items.Count);
        var concept = items.Single(i => i.GetProperty("name").GetString() == "Vorstellung des Integrationskonzeptes der Stadt Kamen");
        var speakers = publicItems.Single(i => i.Title == "Vorstellung des Integrationskonzeptes der Stadt Kamen").Contributions.Count;
        Assert.True(speakers > 0);
        Assert.Equal(speakers, concept.GetProperty("ratsnetz:contributions").GetArrayLength());
        var raw = json.GetRawText();
        foreach (var hidden in meeting.AgendaItems.Where(i => !i.IsPublic))
        {
            // Part B repeats a standard title of part A ("Mitteilungen der Verwaltung …"); only the others are secrets.
            if (publicItems.All(i => i.Title != hidden.Title))
            {
                Assert.DoesNotContain(hidden.Title, raw, StringComparison.Ordinal);
            }

            var own = await client.GetAsync(new Uri($"/oparl/v1/agenda-items/{hidden.Id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_deleted_person_is_listed_only_to_synchronising_clients_and_keeps_only_its_stamps(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var personId = await DemoLookup.WithDbAsync(server, async db =>
        {
            var person = await db.People.OrderBy(p => p.Id).FirstAsync();
            person.MarkDeleted();
            await db.SaveChangesAsync();
            return person.Id;
        });
        var bodyId = await DemoLookup.WithDbAsync(server, db => db.People.Where(p => p.Id == personId).Select(p => p.BodyId).SingleAsync());
        using var client = server.CreateClient();
        var url = $"/oparl/v1/people/{personId}";

        var plain = await GetJsonAsync(client, $"/oparl/v1/bodies/{bodyId}/people");
        var since = await GetJsonAsync(client, $"/oparl/v1/bodies/{bodyId}/people?modified_since=2000-01-01T00:00:00%2B01:00");
        var own = await GetJsonAsync(client, url);

        Assert.DoesNotContain(plain.GetProperty("data").EnumerateArray(), p => p.GetProperty("id").GetString()!.EndsWith(url, StringComparison.Ordinal));
        var listed = since.GetProperty("data").EnumerateArray().Single(p => p.GetProperty("id").GetString()!.EndsWith(url, StringComparison.Ordinal));
        Assert.True(listed.GetProperty("deleted").GetBoolean());
        Assert.Equal(["created", "deleted", "id", "modified", "type"], listed.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(own.GetProperty("deleted").GetBoolean());
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Answers_carry_cors_and_an_entity_tag_and_bad_filters_are_refused(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        using var first = await client.GetAsync(new Uri("/oparl/v1/bodies", UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("/oparl/v1/bodies", UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(conditional);
        using var bad = await client.GetAsync(new Uri("/oparl/v1/bodies?created_since=gestern", UriKind.Relative));

        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("utf-8", first.Content.Headers.ContentType!.CharSet);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var error = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("oparl.bad_parameter", error.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Walking_a_list_page_by_page_yields_every_object_once(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();
        var expected = await DemoLookup.WithDbAsync(server, db => db.People.Where(p => p.BodyId == 1 && !p.Deleted).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());

        var seen = new List<string>();
        string? next = "/oparl/v1/bodies/1/people?limit=3";
        var pages = 0;
        while (next is not null)
        {
            var page = await GetJsonAsync(client, next);
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
            next = page.GetProperty("links").TryGetProperty("next", out var link) ? link.GetString() : null;
            pages++;
        }

        Assert.Equal(expected.Select(id => $"/oparl/v1/people/{id}"), seen.Select(id => new Uri(id).AbsolutePath));
        Assert.Equal((expected.Count + 2) / 3, pages);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var text = await client.GetStringAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
