using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Alerts;
using Ratsnetz.Common;

namespace Ratsnetz.Web.Pages.Alerts;

/// <summary>
/// A page behind a link from a mail (confirm, unsubscribe): GET only shows what the link stands for and a button,
/// because mail scanners fetch links; the button's POST does the change. An unknown or expired token is a 404 page.
/// </summary>
public abstract class AlertLinkPage(DescribeAlertLinkHandler describe, AlertLinkKind kind) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    public AlertLinkDescription? Link { get; protected set; }

    /// <summary>Set once the button was pressed: the label of what was confirmed or ended.</summary>
    public string? Done { get; protected set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var link = await describe.HandleAsync(new DescribeAlertLink(kind, Token), ct);
        if (link.IsError)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Link = link.Value;
        return Page();
    }

    protected IActionResult Show(Result<string> result)
    {
        if (result.IsError)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Done = result.Value;
        return Page();
    }
}
