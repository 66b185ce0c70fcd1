using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Alerts;

/// <summary>The button behind the link in the confirmation mail (a POST: mail scanners fetch links, they do not press buttons).</summary>
public sealed record ConfirmSubscription(string? Token);

public sealed class ConfirmSubscriptionHandler(AppDbContext db, AuditLog audit, AlertOptions options, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(ConfirmSubscription request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscription = await PendingAsync(db, options, clock, request.Token, ct);
        if (subscription is null)
        {
            return new NotFoundError("alerts.token_unknown", "The link is unknown or has expired.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        subscription.Confirm(now);
        audit.Record(new AuditScope(SubscribeHandler.PublicActor), AuditActions.Confirmed, nameof(AlertSubscription), subscription.Id);
        await db.SaveChangesAsync(ct);
        var label = await AlertLabels.DescribeAsync(db, subscription.Target, ct);
        return label.IsSuccess ? label.Value : string.Empty;
    }

    /// <summary>The unconfirmed request a confirmation token belongs to, if it has not expired.</summary>
    internal static async Task<AlertSubscription?> PendingAsync(AppDbContext db, AlertOptions options, TimeProvider clock, string? token, CancellationToken ct)
    {
        if (!AlertTokens.LooksValid(token))
        {
            return null;
        }

        var hash = AlertTokens.Hash(token!);
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-options.ConfirmWithinHours);
        return await db.AlertSubscriptions.FirstOrDefaultAsync(s => s.ConfirmationTokenHash == hash && s.ConfirmedAt == null && s.ConfirmationSentAt > since, ct);
    }
}
