using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;

namespace Ratsnetz.Alerts;

/// <summary>A member of the public follows a body, from the form on its page to the one-click unsubscribe, through the real SMTP client.</summary>
public sealed class PublicAlertJourneyTests
{
    private const string Address = "leser@example.org";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_confirmed_public_alert_mails_a_new_public_paper_once_and_stops_after_one_click(DatabaseKind kind)
    {
        await using var server = await AlertServer.StartAsync(kind);
        using var client = server.Portal.CreateClient(followRedirects: false);
        var council = await server.KamenCouncilAsync();

        // Subscribe on the body's page: a confirmation mail, nothing else.
        using (var response = await AlertServer.PostFormAsync(client, $"/gremien/{council}", "/benachrichtigungen/neu",
                   new Dictionary<string, string> { ["gremium"] = $"{council}", ["haeufigkeit"] = "sofort", ["email"] = Address }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/benachrichtigungen/gesendet", response.Headers.Location?.OriginalString);
        }

        var confirmation = Assert.Single(server.Sink.Take());
        Assert.Equal([Address], confirmation.To);
        Assert.Equal("ratsinfo@kamen.example", confirmation.From);
        Assert.Contains("Integrationsrat der Stadt Kamen", confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains("bestätigen", confirmation.Html, StringComparison.Ordinal);
        var confirm = AlertServer.Local(confirmation.Link("/benachrichtigungen/bestaetigen"));

        // Before confirmation nothing is ever sent, whatever is new; opening the link (as mail scanners do) confirms nothing.
        await server.AddPaperAsync(council, "Vorlage vor der Bestätigung");
        var page = await client.GetStringAsync(new Uri(confirm, UriKind.Relative));
        Assert.Contains("data-testid=\"alert-confirm\"", page, StringComparison.Ordinal);
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, (await server.SendAsync()).Due);
        Assert.Empty(server.Sink.Mails);

        using (var confirmed = await AlertServer.PostFormAsync(client, confirm, confirm, new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Contains("Bestätigt", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A new public and a new non-public paper: the digest has the public one only.
        var paper = await server.AddPaperAsync(council, "Sprachcafés in der Innenstadt");
        await server.AddPaperAsync(council, "Personalangelegenheit Vertraulich", isPublic: false);
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var run = await server.SendAsync();
        Assert.Equal((1, 1, 0), (run.Due, run.Sent, run.Failed));
        var digest = Assert.Single(server.Sink.Take());
        Assert.Equal([Address], digest.To);
        Assert.Contains("Sprachcafés in der Innenstadt", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"{AlertServer.PortalUrl}/vorlagen/{paper}", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vertraulich", digest.Raw + digest.Text + digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("vor der Bestätigung", digest.Text, StringComparison.Ordinal);
        var unsubscribe = digest.Link("/benachrichtigungen/abmelden");
        Assert.Equal($"<{unsubscribe}>", digest.Headers["List-Unsubscribe"]);
        Assert.StartsWith("https://", unsubscribe.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);

        // Each item once.
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal((1, 0, 1), ((await server.SendAsync()) is var again ? (again.Due, again.Sent, again.NothingNew) : default));
        Assert.Empty(server.Sink.Mails);

        // RFC 8058: the mail client POSTs the one-click body, without cookies or antiforgery token.
        using (var anonymous = new HttpClient { BaseAddress = server.Portal.BaseAddress })
        using (var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }))
        using (var response = await anonymous.PostAsync(new Uri(AlertServer.Local(unsubscribe), UriKind.Relative), body))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The address is gone, the audit log names none, and nothing more is sent.
        Assert.False(await server.WithDbAsync(db => db.AlertSubscriptions.AnyAsync(s => s.Email == Address)));
        var audit = await server.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(AlertSubscription)).ToListAsync());
        Assert.Equal(["added", "confirmed", "removed"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.DoesNotContain("@", $"{e.UserId} {e.OldValue} {e.NewValue} {e.Context}", StringComparison.Ordinal));
        await server.AddPaperAsync(council, "Vorlage nach der Abmeldung");
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, (await server.SendAsync()).Due);
        Assert.Empty(server.Sink.Mails);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(AlertServer.Local(unsubscribe), UriKind.Relative))).StatusCode);
    }
}
