using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Alerts;

/// <summary>One-click unsubscribe with the token from a mail (RFC 8058 POST or the button on the page); no sign-in needed.</summary>
public sealed record Unsubscribe(string? Token);

/// <remarks>
/// The row, and with it the address, is deleted: a member of the public who ends their last subscription leaves no
/// address behind. The audit entry names the subscription id only.
/// </remarks>
public sealed class UnsubscribeHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<string>> HandleAsync(Unsubscribe request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscription = await ByTokenAsync(db, request.Token, ct);
        if (subscription is null)
        {
            return new NotFoundError("alerts.token_unknown", "The link is unknown or the alert has already been cancelled.");
        }

        var label = await AlertLabels.DescribeAsync(db, subscription.Target, ct);
        db.AlertSubscriptions.Remove(subscription);
        audit.Record(new AuditScope(subscription.UserId ?? SubscribeHandler.PublicActor), AuditActions.Removed, nameof(AlertSubscription), subscription.Id, "kind", subscription.Kind.ToString());
        await db.SaveChangesAsync(ct);
        return label.IsSuccess ? label.Value : string.Empty;
    }

    internal static Task<AlertSubscription?> ByTokenAsync(AppDbContext db, string? token, CancellationToken ct) =>
        AlertTokens.LooksValid(token)
            ? db.AlertSubscriptions.FirstOrDefaultAsync(s => s.UnsubscribeToken == token, ct)
            : Task.FromResult<AlertSubscription?>(null);
}
