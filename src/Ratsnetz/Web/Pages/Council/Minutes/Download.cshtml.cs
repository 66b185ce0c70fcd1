using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Council.Minutes.Rendering;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Minutes;

/// <summary>The minutes as a download: the public variant for everyone once published, the full one for those with access.</summary>
public sealed class DownloadModel(GetMinutesDocumentHandler handler, ViewerAccessor viewers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string variant, string format, CancellationToken ct)
    {
        if (DocumentFormats.ParseVariant(variant) is not { } chosen)
        {
            return NotFound();
        }

        var viewer = await viewers.GetAsync(ct);
        var result = await handler.HandleAsync(new GetMinutesDocument(id, chosen, viewer), ct);
        if (result.IsError)
        {
            return MinutesResults.ToResult(result.Error!, viewer);
        }

        // Drafts and full minutes are confidential; published public minutes may be cached but must be revalidated.
        var confidential = chosen == MinutesVariant.Full || result.Value.Status.State != MinutesState.Published;
        Response.Headers[HeaderNames.CacheControl] = confidential ? "private, no-store" : "no-cache";
        var bytes = DocumentFormats.Render(MinutesLayout.Lay(result.Value), format);
        return File(bytes, DocumentFormats.ContentType(format), DocumentFormats.FileName("niederschrift", result.Value.Header, variant, format));
    }
}
