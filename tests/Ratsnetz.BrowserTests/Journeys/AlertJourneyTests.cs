using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Alerts;
using Ratsnetz.Data;
using Ratsnetz.Infrastructure;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Alerts;
using Ratsnetz.Testing.Mail;

namespace Ratsnetz.Journeys;

/// <summary>A visitor orders an alert on a body's page, confirms it from the mail and unsubscribes from a digest; axe-core on every page.</summary>
public sealed class AlertJourneyTests
{
    private const string PortalUrl = "https://rat.kamen.example";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_visitor_subscribes_confirms_and_unsubscribes_with_buttons_only(DatabaseKind kind)
    {
        BrowserSession.SkipWithoutBrowser();
        await using var sink = SmtpSink.Start();
        await using var server = await PortalServer.StartAsync(kind, settings: sink.PortalSettings(PortalUrl));
        var council = await WithDbAsync(server, db => db.Organizations.Where(o => o.Name == "Integrationsrat der Stadt Kamen").Select(o => o.Id).SingleAsync());
        await BrowserSession.RunAsync(server, async browser =>
        {
            var page = browser.Page;
            await browser.VisitAsync($"/gremien/{council}");
            var form = page.GetByTestId("alert-form");

            // A mistyped address: the error is linked to the field and the page passes axe.
            await form.GetByLabel("Ihre E-Mail-Adresse").FillAsync("leser.example.org");
            await form.GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
            await page.GetByTestId("alert-errors").WaitForAsync();
            await browser.AssertAccessibleAsync();
            Assert.Equal("leser.example.org", await page.Locator("#alert-email").InputValueAsync());

            await page.Locator("#alert-email").FillAsync("leser@example.org");
            await page.GetByLabel("sofort").CheckAsync();
            await page.GetByTestId("alert-form").GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
            await page.WaitForURLAsync("**/benachrichtigungen/gesendet");
            await browser.AssertAccessibleAsync();

            await browser.VisitAsync(Local(Assert.Single(sink.Take()).Link("/benachrichtigungen/bestaetigen")));
            await browser.AssertAccessibleAsync();
            await page.GetByTestId("alert-confirm").GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
            Assert.Contains("Bestätigt", await page.GetByTestId("alert-status").InnerTextAsync(), StringComparison.Ordinal);
            await browser.AssertAccessibleAsync();

            await AddPaperAsync(server, council, "Sprachcafés in der Innenstadt");
            server.Clock.Advance(TimeSpan.FromMinutes(5));
            await using (var scope = server.Services.CreateAsyncScope())
            {
                Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<SendAlertDigestsHandler>().HandleAsync(new SendAlertDigests(), CancellationToken.None)).Sent);
            }

            await browser.VisitAsync(Local(Assert.Single(sink.Take()).Link("/benachrichtigungen/abmelden")));
            await browser.AssertAccessibleAsync();
            await page.GetByTestId("alert-unsubscribe").GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
            Assert.Contains("Abbestellt", await page.GetByTestId("alert-status").InnerTextAsync(), StringComparison.Ordinal);
            await browser.AssertAccessibleAsync();
        });
        Assert.False(await WithDbAsync(server, db => db.AlertSubscriptions.AnyAsync()));
    }

    private static string Local(Uri link) => link.PathAndQuery;

    private static async Task AddPaperAsync(PortalServer server, int organizationId, string name)
    {
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        await WithDbAsync(server, db => AlertRecords.AddConsultedPaperAsync(db, organizationId, name));
    }

    private static async Task<T> WithDbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
