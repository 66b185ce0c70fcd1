using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>
/// The agenda editor: parts A and B with numbers and sub-items, add, edit title and paper, move up or down, remove.
/// After the invitation went out the rules ask for a reason and allow additions only as urgent items; the page
/// shows their refusals and keeps what was typed.
/// </summary>
public sealed class AgendaModel(GetSessionSheetHandler sheets, ViewerAccessor viewers) : SessionPageModel(viewers)
{
    public SessionSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(int id, string? part, string? title, string? parentNumber, int? paperId, bool urgent, string? reason,
        [FromServices] AddAgendaItemHandler handler, CancellationToken ct)
    {
        var plan = new AgendaItemPlan(part != "B", title ?? string.Empty, string.IsNullOrWhiteSpace(parentNumber) ? null : parentNumber, paperId, urgent);
        var result = await handler.HandleAsync(new AddAgendaItem(await ViewerAsync(ct), id, plan, reason), ct);
        return await FinishAsync(result.IsSuccess ? Ratsnetz.Common.Result.Success : result.Error!, "add", Back(id), () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostEditAsync(int id, int item, string? title, int? paperId, string? reason,
        [FromServices] EditAgendaItemHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new EditAgendaItem(await ViewerAsync(ct), id, item, title ?? string.Empty, paperId, reason), ct);
        return await FinishAsync(result, Form(item), Back(id, item), () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int item, string? direction, string? reason,
        [FromServices] MoveAgendaItemHandler handler, CancellationToken ct)
    {
        var shown = await ShowAsync(id, ct);
        if (shown is not PageResult)
        {
            return shown;
        }

        // Positions are 1-based among the item's siblings: the same part, and the same parent for sub-items.
        var moved = Sheet.Items.FirstOrDefault(i => i.Id == item);
        var siblings = moved is null ? [] : Siblings(Sheet, moved);
        var position = siblings.FindIndex(i => i.Id == item) + 1 + (direction == "up" ? -1 : 1);
        if (moved is null || position < 1 || position > siblings.Count)
        {
            return Redirect(Back(id, item));
        }

        var result = await handler.HandleAsync(new MoveAgendaItem(await ViewerAsync(ct), id, item, position, reason), ct);
        return await FinishAsync(result, Form(item), Back(id, item), () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int item, string? reason, [FromServices] RemoveAgendaItemHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new RemoveAgendaItem(await ViewerAsync(ct), id, item, reason), ct);
        return await FinishAsync(result, Form(item), Back(id), () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostStandardAsync(int id, [FromServices] ApplyStandardAgendaItemsHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ApplyStandardAgendaItems(await ViewerAsync(ct), id), ct);
        return await FinishAsync(result, "standard", Back(id), () => ShowAsync(id, ct), ct);
    }

    public static string Form(int itemId) => $"item{itemId}";

    public static List<SheetItem> Siblings(SessionSheet sheet, SheetItem item) =>
        sheet.Items.Where(i => i.IsPublic == item.IsPublic && Parent(i) == Parent(item)).ToList();

    public static string? Parent(SheetItem item) =>
        item.Number is { } n && n.LastIndexOf('.') is var dot and > 0 ? n[..dot] : null;

    private static string Back(int id, int? item = null) => $"/sitzungen/{id}/tagesordnung" + (item is { } i ? $"#{Form(i)}" : string.Empty);

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var sheet = await sheets.HandleAsync(new GetSessionSheet(await ViewerAsync(ct), id), ct);
        if (sheet.IsError)
        {
            return await RefuseAsync(sheet.Error!, ct);
        }

        Sheet = sheet.Value;
        return Page();
    }
}
