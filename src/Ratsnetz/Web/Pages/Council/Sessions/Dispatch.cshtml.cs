using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>
/// The invitation (Ladung) of a meeting for staff: download it, record when it went out and whether the meeting is
/// urgent, and see the Ladungsfrist check (late invitations are flagged here and on the public meeting page).
/// </summary>
public sealed class DispatchModel(GetInvitationStatusHandler statuses, ViewerAccessor viewers) : SessionPageModel(viewers)
{
    public InvitationStatus Status { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostSentAsync(int id, string? sentOn, [FromServices] RecordInvitationDispatchHandler handler, CancellationToken ct)
    {
        if (!TryDate(sentOn, out var date))
        {
            return await FinishAsync(Unreadable("sentOn"), "sent", string.Empty, () => ShowAsync(id, ct), ct);
        }

        var result = await handler.HandleAsync(new RecordInvitationDispatch(await ViewerAsync(ct), id, date), ct);
        return await FinishAsync(result.IsSuccess ? Ratsnetz.Common.Result.Success : result.Error!, "sent", $"/sitzungen/{id}/ladung", () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostUrgencyAsync(int id, bool urgent, string? urgencyReason, [FromServices] SetMeetingUrgencyHandler handler, CancellationToken ct)
    {
        // Urgent without a reason would silently shorten the deadline; the reason is what the minutes and the log show.
        if (urgent && string.IsNullOrWhiteSpace(urgencyReason))
        {
            return await FinishAsync(new Ratsnetz.Common.ValidationError("meeting.urgency_reason_required", "Give the reason for urgency.", "urgencyReason"),
                "urgency", string.Empty, () => ShowAsync(id, ct), ct);
        }

        var result = await handler.HandleAsync(new SetMeetingUrgency(await ViewerAsync(ct), id, urgent ? urgencyReason : null), ct);
        return await FinishAsync(result, "urgency", $"/sitzungen/{id}/ladung", () => ShowAsync(id, ct), ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var status = await statuses.HandleAsync(new GetInvitationStatus(await ViewerAsync(ct), id), ct);
        if (status.IsError)
        {
            return await RefuseAsync(status.Error!, ct);
        }

        Status = status.Value;
        return Page();
    }
}
