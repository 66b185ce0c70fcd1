using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Common;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>
/// Planning for one organization (Gremium): schedule one meeting or a year's plan, set the Ladungsfrist and the
/// statutory seats, and keep the agenda template that new meetings start with.
/// </summary>
public sealed class PlanningModel(GetPlanningHandler plannings, ViewerAccessor viewers) : SessionPageModel(viewers)
{
    /// <summary>Blank lines offered below the template's lines, to add items without JavaScript.</summary>
    public const int BlankTemplateLines = 2;

    public Planning Planning { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostScheduleAsync(int id, string? dates, string? start, string? end, string? name,
        [FromServices] ScheduleMeetingsHandler handler, CancellationToken ct)
    {
        var parsed = ParseDates(dates);
        if (parsed is null)
        {
            return await FinishAsync(Unreadable("dates"), "schedule", string.Empty, () => ShowAsync(id, ct), ct);
        }

        if (!TryTime(start, out var from))
        {
            return await FinishAsync(Unreadable("start"), "schedule", string.Empty, () => ShowAsync(id, ct), ct);
        }

        if (!TryTime(end, out var until))
        {
            return await FinishAsync(Unreadable("end"), "schedule", string.Empty, () => ShowAsync(id, ct), ct);
        }

        var result = await handler.HandleAsync(new ScheduleMeetings(await ViewerAsync(ct), id, parsed, from, until, name), ct);

        // One new meeting goes straight to its agenda; a year's plan back to the list of planned meetings.
        var next = result.IsSuccess && result.Value.Count == 1 ? $"/sitzungen/{result.Value[0]}/tagesordnung" : $"/gremien/{id}/planung";
        return await FinishAsync(result.IsSuccess ? Result.Success : result.Error!, "schedule", next, () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostPolicyAsync(int id, string? days, string? urgentDays, [FromServices] SetInvitationPolicyHandler handler, CancellationToken ct)
    {
        if (!TryNumber(days, out var d) || !TryNumber(urgentDays, out var u))
        {
            return await FinishAsync(Unreadable(TryNumber(days, out _) ? "urgentDays" : "days"), "policy", string.Empty, () => ShowAsync(id, ct), ct);
        }

        var result = await handler.HandleAsync(new SetInvitationPolicy(await ViewerAsync(ct), id, d, u), ct);
        return await FinishAsync(result, "policy", $"/gremien/{id}/planung", () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostSeatsAsync(int id, string? seats, [FromServices] SetStatutorySeatsHandler handler, CancellationToken ct)
    {
        if (!TryNumber(seats, out var s))
        {
            return await FinishAsync(Unreadable("seats"), "seats", string.Empty, () => ShowAsync(id, ct), ct);
        }

        var result = await handler.HandleAsync(new SetStatutorySeats(await ViewerAsync(ct), id, s), ct);
        return await FinishAsync(result, "seats", $"/gremien/{id}/planung", () => ShowAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostTemplateAsync(int id, int lines, [FromServices] SetStandardAgendaItemsHandler handler, CancellationToken ct)
    {
        // A line with an empty title is dropped: that is how a line is removed without JavaScript.
        var template = new List<StandardItemLine>();
        for (var i = 0; i < Math.Clamp(lines, 0, 50); i++)
        {
            var title = Request.Form[$"title{i}"].ToString();
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            var placement = Enum.TryParse<StandardPlacement>(Request.Form[$"placement{i}"], out var p) ? p : (StandardPlacement)0;
            template.Add(new StandardItemLine(title, Request.Form[$"part{i}"] != "B", placement));
        }

        var result = await handler.HandleAsync(new SetStandardAgendaItems(await ViewerAsync(ct), id, template), ct);
        return await FinishAsync(result, "template", $"/gremien/{id}/planung", () => ShowAsync(id, ct), ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var planning = await plannings.HandleAsync(new GetPlanning(await ViewerAsync(ct), id), ct);
        if (planning.IsError)
        {
            return await RefuseAsync(planning.Error!, ct);
        }

        Planning = planning.Value;
        return Page();
    }

    /// <summary>Dates one per line (or separated by commas); null when one cannot be read.</summary>
    private static List<DateOnly>? ParseDates(string? text)
    {
        var dates = new List<DateOnly>();
        foreach (var part in (text ?? string.Empty).Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryDate(part, out var date))
            {
                return null;
            }

            dates.Add(date);
        }

        return dates;
    }

    private static bool TryNumber(string? text, out int? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value);
        number = ok ? value : null;
        return ok;
    }
}
