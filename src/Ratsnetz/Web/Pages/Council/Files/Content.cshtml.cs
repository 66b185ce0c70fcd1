using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Ratsnetz.Council.Files;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Files;

/// <summary>Serves a document's stored bytes as a download; invisible files are "not found" like their pages.</summary>
public sealed class ContentModel(GetFileContentHandler handler, ViewerAccessor viewers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        var result = await handler.HandleAsync(new GetFileContent(id, viewer), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        // What a signed-in member downloaded may be confidential; no shared cache may keep it.
        Response.Headers[HeaderNames.CacheControl] = viewer.IsAnonymous ? "no-cache" : "private, no-store";
        var download = result.Value;
        return File(download.Data, download.MediaType, download.FileName);
    }
}
