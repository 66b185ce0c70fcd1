using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.Motions;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Motions;

/// <summary>A member submits a motion to their body; on success the new paper's page is shown (PRG).</summary>
[Authorize]
public sealed class SubmitModel(GetMotionOptionsHandler options, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    public MotionOptions Options { get; private set; } = null!;

    [BindProperty]
    public MotionText Motion { get; set; } = new();

    [BindProperty]
    public int? MeetingId { get; set; }

    public FormProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? sitzung, CancellationToken ct)
    {
        MeetingId = sitzung;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromServices] SubmitMotionHandler handler, CancellationToken ct)
    {
        var command = new SubmitMotion(await viewers.GetAsync(ct), id, MeetingId, Motion.Title ?? string.Empty, Motion.Request, Motion.Justification);
        var result = await handler.HandleAsync(command, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/vorlagen/{result.Value}");
        }

        if (result.Error is not ValidationError validation)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Problem = FormProblem.From(validation, t, "Motion", MotionText.FieldId);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var result = await options.HandleAsync(new GetMotionOptions(await viewers.GetAsync(ct), id), ct);
        if (result.IsError)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Options = result.Value;
        return Page();
    }
}
