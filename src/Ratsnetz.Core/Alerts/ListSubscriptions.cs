using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Alerts;

/// <summary>The signed-in viewer's alerts for the "Benachrichtigungen" page.</summary>
public sealed record ListSubscriptions(Viewer Viewer);

public sealed record SubscriptionSummary(int Id, AlertKind Kind, string Label, string Link, AlertFrequency Frequency, DateTime? LastSentAt);

public sealed class ListSubscriptionsHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<SubscriptionSummary>>> HandleAsync(ListSubscriptions request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Viewer.IsAnonymous)
        {
            return new ForbiddenError("alerts.sign_in", "Sign in to manage alerts.");
        }

        var subscriptions = await db.AlertSubscriptions.AsNoTracking()
            .Where(s => s.UserId == request.Viewer.UserId).OrderBy(s => s.Id).ToListAsync(ct);
        var list = new List<SubscriptionSummary>();
        foreach (var s in subscriptions)
        {
            var label = await AlertLabels.DescribeAsync(db, s.Target, ct);
            list.Add(new SubscriptionSummary(s.Id, s.Kind, label.IsSuccess ? label.Value : "–", AlertLinks.PageOf(s.Target), s.Frequency, s.LastSentAt));
        }

        return list;
    }
}

/// <summary>A signed-in viewer ends one of their own alerts from the "Benachrichtigungen" page.</summary>
public sealed record RemoveSubscription(Viewer Viewer, int Id);

public sealed class RemoveSubscriptionHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(RemoveSubscription request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscription = request.Viewer.IsAnonymous
            ? null
            : await db.AlertSubscriptions.FirstOrDefaultAsync(s => s.Id == request.Id && s.UserId == request.Viewer.UserId, ct);
        if (subscription is null)
        {
            return new NotFoundError("alerts.not_found", "There is no such alert among yours.");
        }

        db.AlertSubscriptions.Remove(subscription);
        audit.Record(new AuditScope(request.Viewer.UserId!), AuditActions.Removed, nameof(AlertSubscription), subscription.Id, "kind", subscription.Kind.ToString());
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
