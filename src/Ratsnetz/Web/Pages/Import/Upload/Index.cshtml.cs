using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Background;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.Import.Uploads;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;

namespace Ratsnetz.Web.Pages.Import.Upload;

/// <summary>
/// Staff upload a document (text, PDF, scan) for the background import. The form is multipart with antiforgery;
/// requests above the limit are refused before they are read.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(QueueUploadHandler handler, ListUploadsHandler uploads, ViewerAccessor viewers, AppDbContext db, UploadSignal signal, IStringLocalizer<SharedResource> t) : PageModel
{
    // Room for the multipart framing and the other fields beside the file itself.
    private const long MaxRequestBytes = QueueUploadHandler.MaxBytes + (1024 * 1024);

    public IReadOnlyList<string> Bodies { get; private set; } = [];

    public IReadOnlyList<UploadLine> Recent { get; private set; } = [];

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    /// <summary>Opt-in: the status page reloads itself every two seconds (WCAG 2.2.1 leaves the choice to the user).</summary>
    [BindProperty]
    public bool AutoRefresh { get; set; }

    public string? FileError { get; private set; }

    public string? BodyError { get; private set; }

    public bool HasErrors => FileError is not null || BodyError is not null;

    public static long MaxMegabytes => QueueUploadHandler.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await PrepareAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PrepareAsync(ct) is { } refused)
        {
            return refused;
        }

        if (Document is null || Document.Length == 0)
        {
            FileError = ModelState.IsValid ? t["Upload_FileRequired"].Value : t["Upload_TooLarge", MaxMegabytes].Value;
            return Page();
        }

        if (Document.Length > QueueUploadHandler.MaxBytes)
        {
            FileError = t["Upload_TooLarge", MaxMegabytes].Value;
            return Page();
        }

        using var buffer = new MemoryStream((int)Document.Length);
        await Document.CopyToAsync(buffer, ct);
        var result = await handler.HandleAsync(new QueueUpload(await viewers.GetAsync(ct), Document.FileName, buffer.ToArray(), Body), ct);
        if (result.IsError)
        {
            return Reject(result.Error!);
        }

        signal.Notify();
        return Redirect($"/hochladen/{result.Value}" + (AutoRefresh ? "?auto=1" : string.Empty));
    }

    private async Task<IActionResult?> PrepareAsync(CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        var recent = await uploads.HandleAsync(new ListUploads(viewer), ct);
        if (recent.IsError)
        {
            return recent.Error!.ToStaffResult();
        }

        Recent = recent.Value;
        Bodies = await UploadBodies.ForAsync(db, viewer, ct);
        return null;
    }

    private IActionResult Reject(Error error)
    {
        if (error is not ValidationError validation)
        {
            return error.ToStaffResult();
        }

        var specific = t[$"Upload_Error_{error.Code.Replace('.', '_')}"];
        var message = specific.ResourceNotFound ? error.Message : specific.Value;
        if (validation.Field == "body")
        {
            BodyError = message;
        }
        else
        {
            FileError = message;
        }

        return Page();
    }
}
