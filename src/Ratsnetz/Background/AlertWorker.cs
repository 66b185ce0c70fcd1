using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ratsnetz.Alerts;
using Ratsnetz.Mail;

namespace Ratsnetz.Background;

/// <summary>
/// Delivers alerts every few minutes (<c>Ratsnetz:Alerts:InstantEveryMinutes</c>) through the same
/// <see cref="SendAlertDigestsHandler"/> as <c>ratsnetz alerts send</c>. One loop serves both frequencies: instant
/// alerts are due on every run, daily ones once their day's sending time (Europe/Berlin) has passed, so a server that
/// was down at that time catches up on its first run. Each run in its own scope; nothing escapes the loop.
/// </summary>
public sealed partial class AlertWorker(IServiceScopeFactory scopes, AlertOptions options, MailOptions mail, TimeProvider clock, ILogger<AlertWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.RunInBackground)
        {
            return;
        }

        if (mail.UsesServer)
        {
            Log.Started(logger, options.InstantEveryMinutes);
        }
        else
        {
            Log.NoServer(logger, mail.PickupDirectory);
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, options.InstantEveryMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SendAlertDigestsHandler>().HandleAsync(new SendAlertDigests(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RunFailed(logger, e.GetType().Name);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4310, Level = LogLevel.Information, Message = "Alerts: delivery every {Minutes} minutes through the configured SMTP server")]
        public static partial void Started(ILogger logger, int minutes);

        [LoggerMessage(EventId = 4311, Level = LogLevel.Warning, Message = "Alerts: no SMTP server configured (Ratsnetz:Mail:Host); mails are written to the pickup directory '{Directory}' under the data directory")]
        public static partial void NoServer(ILogger logger, string directory);

        [LoggerMessage(EventId = 4312, Level = LogLevel.Warning, Message = "Alerts: the delivery run failed ({ErrorType}); trying again on the next run")]
        public static partial void RunFailed(ILogger logger, string errorType);
    }
}
