using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Alerts;

namespace Ratsnetz.Web.Pages.Alerts;

/// <summary>
/// <c>/benachrichtigungen/abmelden?token=…</c>: the unsubscribe link of every mail. The POST is also RFC 8058's
/// one-click target (mail clients send <c>List-Unsubscribe=One-Click</c> without cookies), so it takes no antiforgery
/// token: the unguessable token in the URL is the only credential, and it can do nothing but end this alert.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(DescribeAlertLinkHandler describe) : AlertLinkPage(describe, AlertLinkKind.Unsubscribe)
{
    public async Task<IActionResult> OnPostAsync([FromServices] UnsubscribeHandler unsubscribe, CancellationToken ct) =>
        Show(await unsubscribe.HandleAsync(new Ratsnetz.Alerts.Unsubscribe(Token), ct));
}
