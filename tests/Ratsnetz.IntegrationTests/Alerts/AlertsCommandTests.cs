using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.Mail;
using Ratsnetz.Testing;
using Ratsnetz.Testing.Alerts;
using Ratsnetz.Testing.Mail;

namespace Ratsnetz.Alerts;

/// <summary><c>ratsnetz alerts send</c> as an operator runs it: through a configured SMTP server, or into the pickup directory without one.</summary>
public sealed class AlertsCommandTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Alerts_send_mails_what_is_new_and_prints_a_summary(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        await database.MigrateAsync();
        await using var sink = SmtpSink.Start();
        // Recorded an hour before the process runs on the real clock.
        var clock = new TestClock(TimeProvider.System.GetUtcNow().AddHours(-1));
        var organization = await ArrangeAsync(database, clock, "Ausschuss für Integration");

        var environment = Cli.CommandLineTests.Environment(database);
        environment["Ratsnetz__Mail__Host"] = "127.0.0.1";
        environment["Ratsnetz__Mail__Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sent = await RatsnetzProcess.RunAsync(["alerts", "send", "--frequency", "instant"], environment);
        Assert.True(sent.ExitCode == 0, sent.Error);
        Assert.Contains("alerts send: 1 fällig, 1 verschickt, 0 ohne Neues, 0 nicht angenommen", sent.Output, StringComparison.Ordinal);
        var mail = Assert.Single(sink.Take());
        Assert.Equal(["leserin@example.org"], mail.To);
        Assert.Contains("Sprachkurse für Neuzugewanderte", mail.Text, StringComparison.Ordinal);

        // Without a server the mail lands in the pickup directory, and the command says so. The paper is stamped just
        // after the first run's horizon (30 s before it ran) and before the second's.
        await AddPaperAsync(database, new TestClock(TimeProvider.System.GetUtcNow() - SendAlertDigestsHandler.Settle), organization, "Bericht Ehrenamt");
        var picked = await RatsnetzProcess.RunAsync(["alerts", "send"], Cli.CommandLineTests.Environment(database));
        Assert.True(picked.ExitCode == 0, picked.Error);
        Assert.Contains("kein SMTP-Server konfiguriert", picked.Error, StringComparison.Ordinal);
        Assert.Contains("1 verschickt", picked.Output, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(database.DataDirectory, "mail"), "*.eml"));
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", await File.ReadAllTextAsync(file), StringComparison.Ordinal);

        Assert.Contains("0 verschickt", (await RatsnetzProcess.RunAsync(["alerts", "send"], Cli.CommandLineTests.Environment(database))).Output, StringComparison.Ordinal);
        Assert.Equal(1, (await RatsnetzProcess.RunAsync(["alerts", "send", "--frequency", "weekly"], Cli.CommandLineTests.Environment(database))).ExitCode);
    }

    /// <summary>A body with one organization, an account's instant alert on it, and a new public paper a minute later.</summary>
    private static async Task<int> ArrangeAsync(TestDatabase database, TestClock clock, string name)
    {
        int organizationId;
        await using (var db = database.CreateContext(clock))
        {
            var body = new Body("Stadt Wiesental", "Wiesental");
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            var organization = Organization.Create(body.Id, name, OrganizationKind.Committee).Value;
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            organizationId = organization.Id;
            var services = new ServiceCollection().AddSingleton(db).AddSingleton<TimeProvider>(clock).AddSingleton(new AlertOptions())
                .AddSingleton<IMailSender, UnusedMailSender>().AddSingleton<AuditLog>().AddSingleton<AlertMails>().AddSingleton<SubscribeHandler>().BuildServiceProvider();
            var result = await services.GetRequiredService<SubscribeHandler>().HandleAsync(
                new Subscribe(new Viewer("leserin", false, null, new HashSet<int>()), "leserin@example.org", null, AlertTarget.Organization(organizationId), AlertFrequency.Instant), CancellationToken.None);
            Assert.Equal(SubscribeOutcome.Active, result.Value);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await AddPaperAsync(database, clock, organizationId, "Sprachkurse für Neuzugewanderte");
        return organizationId;
    }

    private static async Task AddPaperAsync(TestDatabase database, TestClock clock, int organizationId, string name)
    {
        await using var db = database.CreateContext(clock);
        await AlertRecords.AddConsultedPaperAsync(db, organizationId, name);
    }

    /// <summary>Accounts get no confirmation mail; arranging one must not send anything.</summary>
    private sealed class UnusedMailSender : IMailSender
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) => throw new InvalidOperationException("No mail is expected while arranging.");
    }
}
