using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Alerts;

/// <summary>What a link from a mail stands for, shown on the page before the button is pressed. Changes nothing.</summary>
public sealed record DescribeAlertLink(AlertLinkKind Kind, string? Token);

public enum AlertLinkKind
{
    Confirm = 1,
    Unsubscribe = 2,
}

public sealed record AlertLinkDescription(string Label, AlertFrequency Frequency);

public sealed class DescribeAlertLinkHandler(AppDbContext db, AlertOptions options, TimeProvider clock)
{
    public async Task<Result<AlertLinkDescription>> HandleAsync(DescribeAlertLink request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscription = request.Kind == AlertLinkKind.Confirm
            ? await ConfirmSubscriptionHandler.PendingAsync(db, options, clock, request.Token, ct)
            : await UnsubscribeHandler.ByTokenAsync(db, request.Token, ct);
        if (subscription is null)
        {
            return new NotFoundError("alerts.token_unknown", "The link is unknown or has expired.");
        }

        var label = await AlertLabels.DescribeAsync(db, subscription.Target, ct);
        return new AlertLinkDescription(label.IsSuccess ? label.Value : string.Empty, subscription.Frequency);
    }
}
