using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;

namespace Ratsnetz.Alerts;

/// <summary>The alert pages over HTTP: forms without JavaScript, refused input kept and linked, antiforgery, throttling, links from mails.</summary>
public sealed class AlertPageTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_bad_address_is_refused_next_to_its_field_with_what_was_typed_kept(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        using var client = server.Portal.CreateClient();
        var council = await server.KamenCouncilAsync();
        using var response = await AlertServer.PostFormAsync(client, $"/gremien/{council}", "/benachrichtigungen/neu",
            new Dictionary<string, string> { ["gremium"] = $"{council}", ["haeufigkeit"] = "sofort", ["email"] = "leser at example" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<title>Fehler: Benachrichtigung bestellen", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#alert-email\">Geben Sie eine E-Mail-Adresse", html, StringComparison.Ordinal);
        Assert.Contains("value=\"leser at example\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"alert-frequency-instant\"[^>]*checked", html);
        Assert.Empty(server.Sink.Mails);
        Assert.False(await server.WithDbAsync(db => db.AlertSubscriptions.AnyAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Subscribing_needs_the_antiforgery_token_and_confirmation_mails_are_throttled_per_address(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        using var client = server.Portal.CreateClient();
        var council = await server.KamenCouncilAsync();
        using (var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["gremium"] = $"{council}", ["email"] = "opfer@example.org" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/benachrichtigungen/neu", UriKind.Relative), forged)).StatusCode);
        }

        Assert.Empty(server.Sink.Mails);
        var people = await server.WithDbAsync(db => db.Memberships.Where(m => m.OrganizationId == council).Select(m => m.PersonId).Distinct().Take(4).ToListAsync());
        var statuses = new List<HttpStatusCode>();
        foreach (var person in people)
        {
            using var response = await AlertServer.PostFormAsync(client, $"/personen/{person}", "/benachrichtigungen/neu",
                new Dictionary<string, string> { ["person"] = $"{person}", ["haeufigkeit"] = "taeglich", ["email"] = "Opfer@Example.org" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Contains("mehrere Bestätigungen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        Assert.Equal(3, server.Sink.Take().Count(m => m.To.SequenceEqual(["opfer@example.org"])));

        // Asking again for the same alert counts too: a new address gets three mails for one request repeated, then no more.
        var repeated = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await AlertServer.PostFormAsync(client, $"/gremien/{council}", "/benachrichtigungen/neu",
                new Dictionary<string, string> { ["gremium"] = $"{council}", ["email"] = "zweites-opfer@example.org" });
            repeated.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict], repeated);
        Assert.Equal(3, server.Sink.Take().Count);
        Assert.Equal(1, await server.WithDbAsync(db => db.AlertSubscriptions.CountAsync(s => s.Email == "zweites-opfer@example.org")));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Links_from_mails_show_a_button_and_unknown_tokens_are_not_found(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        using var client = server.Portal.CreateClient();
        foreach (var page in new[] { "/benachrichtigungen/bestaetigen", "/benachrichtigungen/abmelden" })
        {
            foreach (var token in new[] { string.Empty, "?token=kurz", "?token=" + new string('A', 43) })
            {
                using var response = await client.GetAsync(new Uri(page + token, UriKind.Relative));
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Contains("unbekannt oder abgelaufen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        var council = await server.KamenCouncilAsync();
        using (await AlertServer.PostFormAsync(client, $"/gremien/{council}", "/benachrichtigungen/neu",
                   new Dictionary<string, string> { ["gremium"] = $"{council}", ["email"] = "leser@example.org" }))
        {
        }

        var confirm = AlertServer.Local(Assert.Single(server.Sink.Take()).Link("/benachrichtigungen/bestaetigen"));
        for (var i = 0; i < 2; i++)
        {
            var html = await client.GetStringAsync(new Uri(confirm, UriKind.Relative));
            Assert.Contains("Integrationsrat der Stadt Kamen", html, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"alert-confirm\"", html, StringComparison.Ordinal);
        }

        Assert.False(await server.WithDbAsync(db => db.AlertSubscriptions.AnyAsync(s => s.ConfirmedAt != null)));
        using (var forged = new FormUrlEncodedContent(new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri(confirm, UriKind.Relative), forged)).StatusCode);
        }

        Assert.False(await server.WithDbAsync(db => db.AlertSubscriptions.AnyAsync(s => s.ConfirmedAt != null)));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_signed_in_user_lists_and_cancels_alerts_and_every_page_offers_the_form(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        using var client = server.Portal.CreateClient();
        var council = await server.KamenCouncilAsync();
        var anonymousPage = await client.GetStringAsync(new Uri($"/gremien/{council}", UriKind.Relative));
        Assert.Contains("id=\"alert-email\"", anonymousPage, StringComparison.Ordinal);
        Assert.Contains("Anmelden, um Ihre Benachrichtigungen zu verwalten", await client.GetStringAsync(new Uri("/benachrichtigungen", UriKind.Relative)), StringComparison.Ordinal);

        await PortalServer.SignInAsync(client, "gf-kamen@ratsnetz.example", "Demo-Ratsnetz-2021");
        var signedInPage = await client.GetStringAsync(new Uri($"/gremien/{council}", UriKind.Relative));
        Assert.Contains("data-testid=\"alert-form\"", signedInPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"alert-email\"", signedInPage, StringComparison.Ordinal);
        using (var response = await AlertServer.PostFormAsync(client, $"/gremien/{council}", "/benachrichtigungen/neu",
                   new Dictionary<string, string> { ["gremium"] = $"{council}", ["haeufigkeit"] = "taeglich" }))
        {
            Assert.Contains("Die Benachrichtigung ist eingerichtet.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var id = await server.WithDbAsync(db => db.AlertSubscriptions.Select(s => s.Id).SingleAsync());
        var list = await client.GetStringAsync(new Uri("/benachrichtigungen", UriKind.Relative));
        Assert.Contains("Gremium Integrationsrat der Stadt Kamen", list, StringComparison.Ordinal);
        using (var removed = await AlertServer.PostFormAsync(client, "/benachrichtigungen", "/benachrichtigungen?handler=remove",
                   new Dictionary<string, string> { ["id"] = $"{id}" }))
        {
            Assert.Contains("Die Benachrichtigung ist abbestellt.", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(await server.WithDbAsync(db => db.AlertSubscriptions.AnyAsync()));
        Assert.Empty(server.Sink.Mails);
    }
}
