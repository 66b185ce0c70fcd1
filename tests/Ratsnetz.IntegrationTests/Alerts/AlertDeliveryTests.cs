using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Testing;

namespace Ratsnetz.Alerts;

/// <summary>Delivery rules: saved searches, daily against instant timing, and a mail server that is down.</summary>
public sealed class AlertDeliveryTests
{
    private const string Password = "Demo-Ratsnetz-2021";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_saved_search_mails_new_matches_only(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        using var client = server.Portal.CreateClient();
        await PortalServer.SignInAsync(client, "admin@ratsnetz.example", Password);
        var council = await server.KamenCouncilAsync();

        // From the results page: the form carries the search and its filters.
        const string search = "/suche?q=Dolmetscherpool&typ=paper";
        var results = await client.GetStringAsync(new Uri(search, UriKind.Relative));
        Assert.Contains("data-testid=\"alert-form\"", results, StringComparison.Ordinal);
        using (var response = await AlertServer.PostFormAsync(client, search, "/benachrichtigungen/neu",
                   new Dictionary<string, string> { ["q"] = "Dolmetscherpool", ["typ"] = "paper", ["haeufigkeit"] = "sofort" }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/benachrichtigungen?neu=1", response.RequestMessage?.RequestUri?.PathAndQuery);
        }

        Assert.Empty(server.Sink.Mails); // accounts need no confirmation mail
        var list = await client.GetStringAsync(new Uri("/benachrichtigungen", UriKind.Relative));
        Assert.Contains("Suche „Dolmetscherpool“", list, StringComparison.Ordinal);

        var match = await server.AddPaperAsync(council, "Einrichtung eines Dolmetscherpools");
        await server.AddPaperAsync(council, "Haushaltsplan 2027");
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await server.SendAsync()).Sent);
        var digest = Assert.Single(server.Sink.Take());
        Assert.Equal(["admin@ratsnetz.example"], digest.To);
        Assert.Contains("Neue Treffer", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"/vorlagen/{match}", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Haushaltsplan", digest.Text, StringComparison.Ordinal);

        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, (await server.SendAsync()).Sent);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Daily_alerts_wait_for_the_local_sending_time_while_instant_ones_go_at_once(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        var council = await server.KamenCouncilAsync();
        await SubscribeAccountAsync(server, "tagesleser", AlertTarget.Organization(council), AlertFrequency.Daily);
        await SubscribeAccountAsync(server, "sofortleser", AlertTarget.Organization(council), AlertFrequency.Instant);

        // Saturday 11:00 in Kamen: the instant alert goes, the daily one waits for Sunday 07:00 (default time).
        var paper = await server.AddPaperAsync(council, "Integrationskonzept Fortschreibung");
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var first = await server.SendAsync();
        Assert.Equal((1, 1), (first.Due, first.Sent));
        Assert.Equal(["sofortleser@example.org"], Assert.Single(server.Sink.Take()).To);

        server.Clock.Set(new DateTimeOffset(2026, 11, 22, 6, 50, 0, TimeSpan.FromHours(1)));
        var early = await server.SendAsync();
        Assert.Equal((1, 0, 1), (early.Due, early.Sent, early.NothingNew));
        Assert.Empty(server.Sink.Mails);

        server.Clock.Set(new DateTimeOffset(2026, 11, 22, 7, 5, 0, TimeSpan.FromHours(1)));
        Assert.Equal(0, (await server.SendAsync(AlertFrequency.Instant)).Sent);
        Assert.Equal(1, (await server.SendAsync(AlertFrequency.Daily)).Sent);
        var daily = Assert.Single(server.Sink.Take());
        Assert.Equal(["tagesleser@example.org"], daily.To);
        Assert.Contains($"/vorlagen/{paper}", daily.Text, StringComparison.Ordinal);

        // Once a day: a later run the same morning finds the daily alert not due.
        server.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, (await server.SendAsync(AlertFrequency.Daily)).Due);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task When_the_mail_server_is_down_the_watermark_stays_and_the_next_run_sends(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        var council = await server.KamenCouncilAsync();
        var id = await SubscribeAccountAsync(server, "geduldig", AlertTarget.Organization(council), AlertFrequency.Instant);
        var before = await server.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.Id == id).Select(s => s.NewSince).SingleAsync());
        await server.AddPaperAsync(council, "Bericht der Verwaltung zur Unterbringung");
        server.Clock.Advance(TimeSpan.FromMinutes(5));

        server.Sink.Refuse = true;
        var failed = await server.SendAsync();
        Assert.Equal((1, 0, 1), (failed.Due, failed.Sent, failed.Failed));
        Assert.Empty(server.Sink.Mails);
        Assert.Equal(before, await server.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.Id == id).Select(s => s.NewSince).SingleAsync()));

        server.Sink.Refuse = false;
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await server.SendAsync()).Sent);
        Assert.Contains("Bericht der Verwaltung zur Unterbringung", Assert.Single(server.Sink.Take()).Text, StringComparison.Ordinal);
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, (await server.SendAsync()).Sent);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Unconfirmed_requests_expire_with_their_address(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        var council = await server.KamenCouncilAsync();
        await using (var scope = server.Portal.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<SubscribeHandler>().HandleAsync(
                new Subscribe(Viewer.Anonymous, null, "vergesslich@example.org", AlertTarget.Organization(council), AlertFrequency.Daily), CancellationToken.None);
            Assert.Equal(SubscribeOutcome.ConfirmationSent, result.Value);
        }

        var confirm = AlertServer.Local(Assert.Single(server.Sink.Take()).Link("/benachrichtigungen/bestaetigen"));
        server.Clock.Advance(TimeSpan.FromHours(49));
        Assert.Equal(1, (await server.SendAsync()).Expired);
        Assert.False(await server.WithDbAsync(db => db.AlertSubscriptions.AnyAsync()));
        using var client = server.Portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(confirm, UriKind.Relative))).StatusCode);
    }

    private static async Task<int> SubscribeAccountAsync(AlertServer server, string user, AlertTarget target, AlertFrequency frequency)
    {
        await using var scope = server.Portal.Services.CreateAsyncScope();
        var viewer = new Viewer(user, false, null, new HashSet<int>());
        var result = await scope.ServiceProvider.GetRequiredService<SubscribeHandler>().HandleAsync(
            new Subscribe(viewer, $"{user}@example.org", null, target, frequency), CancellationToken.None);
        Assert.Equal(SubscribeOutcome.Active, result.Value);
        return await server.WithDbAsync(db => db.AlertSubscriptions.Where(s => s.UserId == user).Select(s => s.Id).SingleAsync());
    }
}
