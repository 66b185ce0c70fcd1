using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Alerts;

namespace Ratsnetz.Web.Pages.Alerts;

/// <summary><c>/benachrichtigungen/bestaetigen?token=…</c>: the double opt-in's second step.</summary>
public sealed class ConfirmModel(DescribeAlertLinkHandler describe) : AlertLinkPage(describe, AlertLinkKind.Confirm)
{
    public async Task<IActionResult> OnPostAsync([FromServices] ConfirmSubscriptionHandler confirm, CancellationToken ct) =>
        Show(await confirm.HandleAsync(new ConfirmSubscription(Token), ct));
}
