using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Ratsnetz.Import.Uploads;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Import.Upload;

/// <summary>
/// How an upload is getting on. Without JavaScript the page is reloaded by the user ("Aktualisieren") or, if they
/// chose so, by a meta refresh every two seconds until the upload is done or has failed.
/// </summary>
public sealed class StatusModel(GetUploadStatusHandler handler, ViewerAccessor viewers) : PageModel
{
    public const int RefreshSeconds = 2;

    public UploadState Upload { get; private set; } = null!;

    /// <summary>"?auto=1": the user asked the page to reload itself.</summary>
    [BindProperty(SupportsGet = true, Name = "auto")]
    public string? Auto { get; set; }

    public bool AutoRefresh => Auto is "1" or "true";

    /// <summary>Whether this response reloads itself: only on request and only while the upload is unfinished.</summary>
    public bool Refreshes => AutoRefresh && !Upload.IsFinished;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new GetUploadStatus(id, await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToStaffResult();
        }

        Upload = result.Value;
        // A reloading status page must never come from a cache.
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        return Page();
    }
}
