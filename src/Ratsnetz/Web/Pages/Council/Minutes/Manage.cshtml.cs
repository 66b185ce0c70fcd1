using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Minutes;

/// <summary>
/// The minutes workflow for signed-in people: managers edit the draft, publish and add addenda; chair and minute
/// taker sign. Each form posts to one Core handler; refusals of the workflow come back as a German message.
/// </summary>
[Authorize]
public sealed class ManageModel(GetMinutesOverviewHandler overviews, ViewerAccessor viewers) : PageModel
{
    public MinutesOverview Minutes { get; private set; } = null!;

    /// <summary>The Core error code of a refused step, shown as a message; null when the last step succeeded or none was made.</summary>
    public string? ErrorCode { get; private set; }

    /// <summary>Signature and publication times are shown in the meeting's local time.</summary>
    public static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), MeetingClock.Zone(MeetingClock.DefaultTimeZoneId));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, null, ct);

    public async Task<IActionResult> OnPostDraftAsync(int id, string? openingRemarks, [FromServices] EditMinutesDraftHandler handler, CancellationToken ct) =>
        await FinishAsync(id, await handler.HandleAsync(new EditMinutesDraft(id, openingRemarks, await viewers.GetAsync(ct)), ct), ct);

    public async Task<IActionResult> OnPostSignAsync(int id, SignatureRole role, [FromServices] SignMinutesHandler handler, CancellationToken ct) =>
        await FinishAsync(id, await handler.HandleAsync(new SignMinutes(id, role, await viewers.GetAsync(ct)), ct), ct);

    public async Task<IActionResult> OnPostPublishAsync(int id, [FromServices] PublishMinutesHandler handler, CancellationToken ct) =>
        await FinishAsync(id, await handler.HandleAsync(new PublishMinutes(id, await viewers.GetAsync(ct)), ct), ct);

    public async Task<IActionResult> OnPostAddendumAsync(int id, string? text, string? reason, bool nonPublic, [FromServices] AddMinutesAddendumHandler handler, CancellationToken ct)
    {
        var author = User.FindFirstValue(ClaimTypes.GivenName) ?? User.Identity?.Name ?? string.Empty;
        var command = new AddMinutesAddendum(id, text, reason, nonPublic, author, await viewers.GetAsync(ct));
        return await FinishAsync(id, await handler.HandleAsync(command, ct), ct);
    }

    private async Task<IActionResult> FinishAsync(int id, Result result, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            return Redirect($"/sitzungen/{id}/niederschrift");
        }

        // Workflow refusals (signed, not yet signed, missing reason) are shown on the page; access errors are not.
        return result.Error is ConflictError or ValidationError
            ? await ShowAsync(id, result.Error, ct)
            : MinutesResults.ToResult(result.Error!, await viewers.GetAsync(ct));
    }

    private async Task<IActionResult> ShowAsync(int id, Error? error, CancellationToken ct)
    {
        var overview = await overviews.HandleAsync(new GetMinutesOverview(id, await viewers.GetAsync(ct)), ct);
        if (overview.IsError)
        {
            return MinutesResults.ToResult(overview.Error!, await viewers.GetAsync(ct));
        }

        Minutes = overview.Value;
        if (!Minutes.MayManage && Minutes.MaySignAs.Count == 0 && !Minutes.FullAvailable)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ErrorCode = error?.Code;
        if (error is not null)
        {
            Response.StatusCode = error is ConflictError ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
