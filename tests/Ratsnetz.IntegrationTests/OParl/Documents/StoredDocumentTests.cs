using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.OParl.Documents;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.Documents;

/// <summary>
/// The API answers from stored documents (ADR 0011). These tests change council records the way handlers do and then
/// compare every stored document with a fresh rendering: none may be left showing an older state.
/// </summary>
public sealed class StoredDocumentTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Changes_through_the_model_leave_no_stored_document_outdated(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var first = await RenderAsync(server, verify: true);
        Assert.True(first.Lists.Sum(l => l.Objects) > 100, "the demo has objects to render");
        Assert.Equal(0, first.Outdated);

        // One SaveChanges per change, as handlers do; each reaches documents other than its own.
        await ChangeAsync(server, async db =>
        {
            var meeting = await db.Meetings.Where(m => m.Name == null).OrderBy(m => m.Id).FirstAsync();
            var organization = await db.Organizations.SingleAsync(o => o.Id == meeting.OrganizationId);
            Assert.True(organization.Describe(organization.Name + " (umbenannt)", organization.Kind, organization.ShortName).IsSuccess);
        });
        await ChangeAsync(server, async db =>
        {
            var location = await db.Locations.Where(l => db.Meetings.Any(m => m.LocationId == l.Id)).OrderBy(l => l.Id).FirstAsync();
            location.Describe("Ratssaal, Neubau", "Marktplatz 1", "59174", "Kamen");
        });
        await ChangeAsync(server, async db =>
        {
            var meeting = await db.Meetings.Include(m => m.Attendances).Where(m => m.Attendances.Any()).OrderBy(m => m.Id).FirstAsync();
            var entry = meeting.Attendances.First(a => a.Status == AttendanceStatus.Present);
            Assert.True(meeting.CorrectAttendance(entry.PersonId, entry.Status, entry.Role, new TimeOnly(18, 30), entry.Until).IsSuccess);
        });
        await ChangeAsync(server, async db =>
        {
            var item = await db.AgendaItems.Where(i => i.IsPublic && !i.Deleted).OrderBy(i => i.Id).FirstAsync();
            var person = await db.People.OrderBy(p => p.Id).FirstAsync();
            item.AddContribution(person.Id, "fragt nach dem Zeitplan");
        });
        await ChangeAsync(server, async db =>
        {
            var membership = await db.Memberships.OrderBy(m => m.Id).FirstAsync();
            var person = await db.People.SingleAsync(p => p.Id == membership.PersonId);
            Assert.True(person.Rename(person.FamilyName + "-Neu", person.GivenName, person.Salutation, person.Title).IsSuccess);
            membership.SetFunction("Schriftführung");
        });
        await ChangeAsync(server, async db =>
        {
            var consultation = await db.Consultations.Where(c => c.AgendaItemId != null).OrderBy(c => c.Id).FirstAsync();
            var other = await db.AgendaItems.Where(i => i.IsPublic && i.Id != consultation.AgendaItemId).OrderBy(i => i.Id).FirstAsync();
            Assert.True(consultation.Revise(consultation.OrganizationId, other.MeetingId, other.Id, consultation.Role, consultation.Authoritative).IsSuccess);
        });
        await ChangeAsync(server, async db =>
        {
            // Consultations of a removed agenda item lose their link to it, in their own and in their paper's document.
            var item = await db.AgendaItems.Where(i => i.IsPublic && !i.Deleted
                && db.Consultations.Any(c => c.AgendaItemId == i.Id && db.Papers.Any(p => p.Id == c.PaperId && p.IsPublic))).OrderBy(i => i.Id).FirstAsync();
            item.MarkDeleted();
        });
        await ChangeAsync(server, async db =>
        {
            var file = await db.Files.Where(f => f.PaperId != null && f.IsPublic).OrderBy(f => f.Id).FirstAsync();
            var otherPaper = await db.Papers.Where(p => p.IsPublic && p.Id != file.PaperId).OrderBy(p => p.Id).FirstAsync();
            Assert.True(file.AttachTo(file.MeetingId, file.AgendaItemId, otherPaper.Id).IsSuccess);
        });
        await ChangeAsync(server, async db =>
        {
            var paper = await db.Papers.Where(p => p.IsPublic && db.Consultations.Any(c => c.PaperId == p.Id && c.AgendaItemId != null)).OrderBy(p => p.Id).FirstAsync();
            paper.MakeNonPublic();
        });
        await ChangeAsync(server, async db =>
        {
            var file = await db.Files.Where(f => f.MeetingId != null && !f.Deleted).OrderBy(f => f.Id).FirstAsync();
            file.MarkDeleted();
        });

    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_api_shows_a_change_at_once_and_verify_finds_edits_made_behind_the_models_back(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        var (meetingId, organizationId) = await DemoLookup.WithDbAsync(server, db => db.Meetings.Where(m => m.Name == null)
            .OrderBy(m => m.Id).Select(m => new ValueTuple<int, int>(m.Id, m.OrganizationId)).FirstAsync());
        var url = new Uri($"/oparl/v1/meetings/{meetingId}", UriKind.Relative);
        var before = await NameAsync(client, url);
        Assert.Equal(before, await NameAsync(client, url));

        await ChangeAsync(server, async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId);
            Assert.True(organization.Describe("Integrationsausschuss", OrganizationKind.Committee, null).IsSuccess);
        });
        Assert.EndsWith("Integrationsausschuss", await NameAsync(client, url), StringComparison.Ordinal);

        // A change written with SQL bypasses SaveChanges: the stored document is outdated, and verify says so.
        await DemoLookup.WithDbAsync(server, db => db.Database.ExecuteSqlAsync($"UPDATE organizations SET name = {"Beirat für Teilhabe"} WHERE id = {organizationId}"));
        Assert.EndsWith("Integrationsausschuss", await NameAsync(client, url), StringComparison.Ordinal);
        var verified = await RenderAsync(server, verify: true);
        Assert.Contains(meetingId, verified.Lists.Single(l => l.Segment == "meetings").OutdatedSample);
        Assert.EndsWith("Beirat für Teilhabe", await NameAsync(client, url), StringComparison.Ordinal);
        Assert.Equal(0, (await RenderAsync(server, verify: true)).Outdated);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Answers_carry_the_base_url_of_each_request(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = server.CreateClient();
        await RenderAsync(server, verify: false);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/oparl/v1/bodies/1/papers");
        request.Headers.Host = "ris.example.org";
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text[..Math.Min(2000, text.Length)]}");

        using var json = JsonDocument.Parse(text);
        var first = json.RootElement.GetProperty("data")[0];
        Assert.StartsWith("http://ris.example.org/oparl/v1/papers/", first.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain(server.BaseAddress.Authority, text, StringComparison.Ordinal);
    }

    private static async Task<string> NameAsync(HttpClient client, Uri url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.GetProperty("name").GetString()!;
    }

    private static async Task ChangeAsync(PortalServer server, Func<AppDbContext, Task> change, [CallerLineNumber] int line = 0)
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await change(db);
            await db.SaveChangesAsync();
        }

        // Verified after each change, so that one change's missing rule is not hidden by the next change's rules.
        var after = await RenderAsync(server, verify: true);
        Assert.All(after.Lists, l => Assert.True(l.Outdated == 0, $"change at line {line}: stored {l.Segment} {string.Join(", ", l.OutdatedSample)} show an older state"));
        Assert.True(after.Lists.Sum(l => l.Rendered) > 0, $"change at line {line} marked documents outdated, which were rendered again");
    }

    private static async Task<OParlRenderSummary> RenderAsync(PortalServer server, bool verify)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RenderOParlDocumentsHandler>()
            .HandleAsync(verify, progress: null, TestContext.Current.CancellationToken);
    }
}
