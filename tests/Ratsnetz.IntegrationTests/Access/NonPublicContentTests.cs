using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Testing;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Access;

/// <summary>
/// Non-public agenda items of the Kamen Integrationsrat (part B) must never reach anonymous visitors or members of
/// other bodies, and must reach the body's own members.
/// </summary>
public sealed partial class NonPublicContentTests
{
    private const string NonPublicTitle = "Veröffentlichung von Tagesordnungspunkten der nichtöffentlichen Sitzung";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Anonymous_visitors_see_only_the_number_of_a_non_public_item(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        using var client = server.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/sitzungen/{meeting.Id}", UriKind.Relative));

        Assert.Equal(2, NonPublicItem().Matches(html).Count);
        Assert.DoesNotContain(NonPublicTitle, html, StringComparison.Ordinal);
        foreach (var item in meeting.AgendaItems.Where(i => !i.IsPublic))
        {
            if (item.Summary is { } summary)
            {
                Assert.DoesNotContain(WebUtility.HtmlEncode(summary), html, StringComparison.Ordinal);
            }
        }

        var minutes = await DemoLookup.KamenMinutesFileAsync(server, meeting.Id);
        if (minutes is not null)
        {
            Assert.DoesNotContain($"/dateien/{minutes.Id}", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_member_of_the_Integrationsrat_sees_the_non_public_part(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        using var client = server.CreateClient();
        await PortalServer.SignInAsync(client, "oezkir@ratsnetz.example", DemoPortal.DemoPassword);

        var html = await client.GetStringAsync(new Uri($"/sitzungen/{meeting.Id}", UriKind.Relative));

        Assert.Contains(NonPublicTitle, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"signed-in-as\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_member_of_another_body_does_not_see_the_non_public_part(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        var email = $"bergkamen-{kind}@example.org".ToLowerInvariant();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var bergkamen = await db.Bodies.SingleAsync(b => b.ShortName == "Bergkamen");
            var council = await db.Organizations.SingleAsync(o => o.BodyId == bergkamen.Id && o.Kind == OrganizationKind.IntegrationCouncil);
            var member = await db.Memberships.FirstAsync(m => m.OrganizationId == council.Id);
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .AddUserAsync(new NewAccount(email, "ein-langes-Passwort-1", Roles.Member, PersonId: member.PersonId), CancellationToken.None);
            Assert.True(created.IsSuccess);
        }

        using var client = server.CreateClient();
        await PortalServer.SignInAsync(client, email, "ein-langes-Passwort-1");

        var html = await client.GetStringAsync(new Uri($"/sitzungen/{meeting.Id}", UriKind.Relative));

        Assert.Contains("data-testid=\"signed-in-as\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(NonPublicTitle, html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_full_minutes_with_the_non_public_part_are_withheld_from_anonymous_visitors(DatabaseKind kind)
    {
        TestEnvironment.RequireSeedDocuments();
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        var minutes = await DemoLookup.KamenMinutesFileAsync(server, meeting.Id);
        Assert.NotNull(minutes);
        using var anonymous = server.CreateClient();
        using var member = server.CreateClient();
        await PortalServer.SignInAsync(member, "oezkir@ratsnetz.example", DemoPortal.DemoPassword);

        using var anonymousPage = await anonymous.GetAsync(new Uri($"/dateien/{minutes.Id}", UriKind.Relative));
        using var anonymousContent = await anonymous.GetAsync(new Uri($"/dateien/{minutes.Id}/inhalt", UriKind.Relative));
        var memberPage = await member.GetStringAsync(new Uri($"/dateien/{minutes.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, anonymousPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymousContent.StatusCode);
        Assert.DoesNotContain(NonPublicTitle, await anonymousPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(NonPublicTitle, memberPage, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task No_public_page_mentions_the_non_public_item(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        using var client = server.CreateClient();
        var people = await DemoLookup.WithDbAsync(server, db => db.People.Select(p => p.Id).ToListAsync());
        var pages = new List<string> { "/", "/sitzungen", "/gremien", $"/gremien/{meeting.OrganizationId}" };
        pages.AddRange(people.Select(id => $"/personen/{id}"));

        foreach (var page in pages)
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            Assert.DoesNotContain(NonPublicTitle, html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("data-testid=\"agenda-item\"[^>]*data-public=\"false\"|data-public=\"false\"[^>]*data-testid=\"agenda-item\"")]
    private static partial Regex NonPublicItem();
}
