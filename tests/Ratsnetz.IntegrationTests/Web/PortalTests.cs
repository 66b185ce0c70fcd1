using System.Net;
using System.Text.RegularExpressions;
using Ratsnetz.Access;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Testing;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web;

public sealed partial class PortalTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Kamen_meeting_page_shows_chair_attendance_and_the_paper(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meeting = await DemoLookup.KamenIntegrationCouncilMeetingAsync(server);
        using var client = server.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/sitzungen/{meeting.Id}", UriKind.Relative));

        Assert.Contains("Özkir", TestId("meeting-chair").Match(html).Value, StringComparison.Ordinal);
        Assert.Equal(16, Regex.Matches(html, "data-testid=\"attendee\"").Count);
        Assert.Equal(4, Regex.Matches(html, "data-testid=\"absentee\"").Count);
        Assert.Contains("146/2021", html, StringComparison.Ordinal);
        Assert.Contains("Vorstellung des Integrationskonzeptes der Stadt Kamen", html, StringComparison.Ordinal);
        Assert.Contains("Lindemann-Opfermann", html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Every_portal_page_answers_with_security_headers(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Health_reports_a_reachable_database(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_unknown_page_gets_a_friendly_404(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/sitzungen/987654", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<main", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"de\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_portal_speaks_German_first_and_English_on_request(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        var german = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/sprache?c=en&back=/gremien", UriKind.Relative));
        var stillEnglish = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<html lang=\"de\"", german, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", stillEnglish, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Language_switch_never_redirects_to_another_site(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient(followRedirects: false);

        using var response = await client.GetAsync(new Uri("/sprache?c=en&back=//evil.example/", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Accounts_are_locked_after_five_failed_sign_ins(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var email = $"lockout-{kind}@example.org".ToLowerInvariant();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .AddUserAsync(new NewAccount(email, "ein-langes-Passwort-1", Roles.Member), CancellationToken.None);
            Assert.True(created.IsSuccess);
        }

        using var client = server.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalServer.SignInAsync(client, email, "falsches-Passwort-1");
        }

        await PortalServer.SignInAsync(client, email, "ein-langes-Passwort-1");
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotContain("data-testid=\"signed-in-as\"", html, StringComparison.Ordinal);
    }

    private static Regex TestId(string id) => new($"data-testid=\"{id}\"[^>]*>.*?</", RegexOptions.Singleline);
}
