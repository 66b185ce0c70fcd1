using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Council.Minutes.Rendering;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Minutes;

/// <summary>The invitation as a download; part B titles only for viewers with access, as on the meeting page.</summary>
public sealed class InvitationModel(GetInvitationDocumentHandler handler, ViewerAccessor viewers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string format, CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        var result = await handler.HandleAsync(new GetInvitationDocument(id, viewer), ct);
        if (result.IsError)
        {
            return MinutesResults.ToResult(result.Error!, viewer);
        }

        Response.Headers[HeaderNames.CacheControl] = viewer.IsAnonymous ? "no-cache" : "private, no-store";
        var bytes = DocumentFormats.Render(InvitationLayout.Lay(result.Value), format);
        return File(bytes, DocumentFormats.ContentType(format), DocumentFormats.FileName("einladung", result.Value.Header, null, format));
    }
}
