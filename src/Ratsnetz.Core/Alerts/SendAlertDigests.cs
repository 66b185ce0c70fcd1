using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;
using Ratsnetz.Mail;

namespace Ratsnetz.Alerts;

/// <summary>One run of alert delivery: all due subscriptions, or only those of one frequency.</summary>
public sealed record SendAlertDigests(AlertFrequency? Frequency = null);

/// <summary>What a run did: due subscriptions, mails accepted, subscriptions with nothing new, failures left for the next run, expired requests deleted.</summary>
public sealed record AlertRunSummary(int Due, int Sent, int NothingNew, int Failed, int Expired);

/// <summary>
/// Sends what is new to every due subscription (ADR 0017). The watermark of a subscription moves only after the SMTP
/// server accepted its digest, so a failed send is retried by the next run with the same items and nothing is lost;
/// a digest that was accepted is never sent again. Called by the background job and by <c>ratsnetz alerts send</c>.
/// </summary>
public sealed partial class SendAlertDigestsHandler(
    AppDbContext db, DigestContent content, IMailSender mail, AlertMails mails, AlertOptions options, TimeProvider clock, ILogger<SendAlertDigestsHandler> logger)
{
    /// <summary>
    /// Items are collected up to a little before now: a record stamped just before the run but committed just after
    /// it would otherwise fall behind the watermark unseen.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    public async Task<AlertRunSummary> HandleAsync(SendAlertDigests request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await PurgeExpiredAsync(now, ct);
        var until = now - Settle;
        var dailySlot = LatestDailySlot(clock.GetUtcNow(), options.DailyAt);
        var candidates = db.AlertSubscriptions.Where(s => s.ConfirmedAt != null);
        if (request.Frequency is { } frequency)
        {
            candidates = candidates.Where(s => s.Frequency == frequency);
        }

        var due = await candidates
            .Where(s => s.Frequency == AlertFrequency.Instant || s.LastCheckedAt < dailySlot)
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        int sent = 0, nothing = 0, failed = 0;
        foreach (var id in due)
        {
            switch (await DeliverAsync(id, until, now, ct))
            {
                case true:
                    sent++;
                    break;
                case false:
                    nothing++;
                    break;
                default:
                    failed++;
                    break;
            }
        }

        Log.Run(logger, due.Count, sent, nothing, failed, expired);
        return new AlertRunSummary(due.Count, sent, nothing, failed, expired);
    }

    /// <summary>
    /// The most recent daily sending time (local, Europe/Berlin) at or before <paramref name="now"/>, as UTC. A daily
    /// subscription is due when it was last looked at before it.
    /// </summary>
    public static DateTime LatestDailySlot(DateTimeOffset now, TimeOnly at)
    {
        var zone = MeetingClock.Zone(MeetingClock.DefaultTimeZoneId);
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var slot = TimeZoneInfo.ConvertTimeToUtc(localToday.ToDateTime(at, DateTimeKind.Unspecified), zone);
        return slot <= now.UtcDateTime ? slot : TimeZoneInfo.ConvertTimeToUtc(localToday.AddDays(-1).ToDateTime(at, DateTimeKind.Unspecified), zone);
    }

    /// <summary>True: digest accepted; false: nothing new; null: the server did not take it (watermark kept).</summary>
    private async Task<bool?> DeliverAsync(int id, DateTime until, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var subscription = await db.AlertSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return false; // unsubscribed while the run went on
        }

        var sections = subscription.NewSince < until ? await content.NewSinceAsync(subscription, until, ct) : [];
        if (sections.Count == 0)
        {
            subscription.Checked(subscription.NewSince < until ? until : subscription.NewSince, now, sent: false);
            await db.SaveChangesAsync(ct);
            return false;
        }

        var label = await AlertLabels.DescribeAsync(db, subscription.Target, ct);
        var message = mails.Digest(subscription.Email, label.IsSuccess ? label.Value : string.Empty, subscription.Frequency, subscription.UnsubscribeToken, sections);
        try
        {
            await mail.SendAsync(message, ct);
        }
        catch (MailNotSentException e)
        {
            Log.NotSent(logger, subscription.Id, e.Message);
            return null;
        }

        subscription.Checked(until, now, sent: true);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<int> PurgeExpiredAsync(DateTime now, CancellationToken ct)
    {
        var before = now.AddHours(-options.ConfirmWithinHours);
        return await db.AlertSubscriptions.Where(s => s.ConfirmedAt == null && s.ConfirmationSentAt < before).ExecuteDeleteAsync(ct);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4300, Level = LogLevel.Information,
            Message = "Alerts: {Due} due, {Sent} sent, {NothingNew} without news, {Failed} not sent, {Expired} expired requests deleted")]
        public static partial void Run(ILogger logger, int due, int sent, int nothingNew, int failed, int expired);

        [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Alert {SubscriptionId}: {Reason}; it is tried again on the next run")]
        public static partial void NotSent(ILogger logger, int subscriptionId, string reason);
    }
}
