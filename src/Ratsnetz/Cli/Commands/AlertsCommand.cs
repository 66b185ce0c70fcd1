using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Alerts;
using Ratsnetz.Hosting;
using Ratsnetz.Mail;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz alerts send [--frequency daily|instant]</c>: one delivery run, the same as the background job's (for a
/// cron-driven installation or to catch up by hand). Daily alerts go out only once per day after the configured time,
/// whoever runs them. Exit code 1 when a mail was not accepted (it is retried by the next run).
/// </summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var frequency = new Option<string?>("--frequency") { Description = "Nur diese Benachrichtigungen: daily oder instant (Standard: alle fälligen)" };
        frequency.AcceptOnlyFromAmong("daily", "instant");
        var send = new Command("send", "Verschickt fällige Benachrichtigungen (Neues seit der letzten Mail) und löscht abgelaufene unbestätigte Anfragen");
        send.Options.Add(frequency);
        send.SetAction((parse, ct) => CommonOptions.RunAsync(() => SendAsync(CommonOptions.Overrides(parse), parse.GetValue(frequency), ct)));
        var alerts = new Command("alerts", "E-Mail-Benachrichtigungen");
        alerts.Subcommands.Add(send);
        return alerts;
    }

    private static async Task<int> SendAsync(Dictionary<string, string?> overrides, string? frequency, CancellationToken ct)
    {
        // The summary line says what the handler's information log would; warnings (a refused mail) still show.
        overrides["Logging:LogLevel:Ratsnetz.Alerts"] = "Warning";
        using var host = CommonOptions.BuildToolHost(overrides);
        await SchemaCheck.EnsureCurrentAsync(host.Services, ct);
        await using var scope = host.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<MailOptions>();
        if (!options.UsesServer)
        {
            await Console.Error.WriteLineAsync($"Hinweis: kein SMTP-Server konfiguriert (Ratsnetz:Mail:Host); Mails werden nach {Path.Combine(scope.ServiceProvider.GetRequiredService<RatsnetzSettings>().DataDirectory, options.PickupDirectory)} geschrieben.");
        }

        var run = await scope.ServiceProvider.GetRequiredService<SendAlertDigestsHandler>().HandleAsync(new SendAlertDigests(frequency switch
        {
            "daily" => AlertFrequency.Daily,
            "instant" => AlertFrequency.Instant,
            _ => null,
        }), ct);
        Console.WriteLine($"alerts send: {run.Due} fällig, {run.Sent} verschickt, {run.NothingNew} ohne Neues, {run.Failed} nicht angenommen, {run.Expired} abgelaufene Anfragen gelöscht");
        return run.Failed > 0 ? 1 : 0;
    }
}
