using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Import.Review;

namespace Ratsnetz.Web.Pages.Import.Review;

public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostHeaderAsync(int importId, string? date, string? start, string? end, string? sessionNumber, string? location,
        [FromServices] CorrectMeetingHeaderHandler handler, CancellationToken ct)
    {
        var form = new CorrectionForm(importId, "header", new Dictionary<string, string?>
        {
            ["date"] = date, ["start"] = start, ["end"] = end, ["sessionNumber"] = sessionNumber, ["location"] = location,
        });
        Check(form, "date", FormValues.TryDate(date, out var d));
        Check(form, "start", FormValues.TryTime(start, out var s));
        Check(form, "end", FormValues.TryTime(end, out var e));
        Check(form, "sessionNumber", FormValues.TryCount(sessionNumber, out var n));
        if (!form.IsValid)
        {
            return await RejectAsync(form, ct);
        }

        var result = await handler.HandleAsync(new CorrectMeetingHeader(importId, await viewers.GetAsync(ct), d, s, e, n, location), ct);
        return await FinishAsync(form, result, "kopf", ct);
    }

    public async Task<IActionResult> OnPostAttendanceAsync(int importId, int attendanceId, AttendanceStatus status, AttendanceRole role, string? from, string? until,
        [FromServices] CorrectAttendanceHandler handler, CancellationToken ct)
    {
        var form = new CorrectionForm(importId, $"attendance-{attendanceId}", new Dictionary<string, string?>
        {
            ["status"] = status.ToString(), ["role"] = role.ToString(), ["from"] = from, ["until"] = until,
        });
        Check(form, "from", FormValues.TryTime(from, out var arrival));
        Check(form, "until", FormValues.TryTime(until, out var departure));
        if (!form.IsValid)
        {
            return await RejectAsync(form, ct);
        }

        var command = new CorrectAttendance(importId, await viewers.GetAsync(ct), attendanceId, status, role, arrival, departure);
        return await FinishAsync(form, await handler.HandleAsync(command, ct), $"anwesenheit-{attendanceId}", ct);
    }

    public async Task<IActionResult> OnPostRemoveAttendanceAsync(int importId, int attendanceId, [FromServices] RemoveAttendanceHandler handler, CancellationToken ct)
    {
        var form = new CorrectionForm(importId, $"attendance-{attendanceId}", new Dictionary<string, string?>());
        var result = await handler.HandleAsync(new RemoveAttendance(importId, await viewers.GetAsync(ct), attendanceId), ct);
        return await FinishAsync(form, result, "anwesenheit", ct);
    }

    public async Task<IActionResult> OnPostAgendaItemAsync(int importId, int agendaItemId, string? number, string? title, DecisionOutcome? outcome,
        string? yes, string? no, string? abstentions, string? biased, [FromServices] CorrectAgendaItemHandler handler, CancellationToken ct)
    {
        var form = new CorrectionForm(importId, $"item-{agendaItemId}", new Dictionary<string, string?>
        {
            ["number"] = number, ["title"] = title, ["outcome"] = outcome?.ToString(), ["yes"] = yes, ["no"] = no, ["abstentions"] = abstentions, ["biased"] = biased,
        });
        Check(form, "yes", FormValues.TryCount(yes, out var y));
        Check(form, "no", FormValues.TryCount(no, out var n));
        Check(form, "abstentions", FormValues.TryCount(abstentions, out var a));
        Check(form, "biased", FormValues.TryCount(biased, out var b));
        if (!form.IsValid)
        {
            return await RejectAsync(form, ct);
        }

        var command = new CorrectAgendaItem(importId, await viewers.GetAsync(ct), agendaItemId, number, title ?? string.Empty, outcome, y, n, a, b);
        return await FinishAsync(form, await handler.HandleAsync(command, ct), $"top-{agendaItemId}", ct);
    }

    public async Task<IActionResult> OnPostRemoveContributionAsync(int importId, int agendaItemId, int contributionId,
        [FromServices] RemoveContributionHandler handler, CancellationToken ct)
    {
        var form = new CorrectionForm(importId, $"item-{agendaItemId}", new Dictionary<string, string?>());
        var result = await handler.HandleAsync(new RemoveContribution(importId, await viewers.GetAsync(ct), contributionId), ct);
        return await FinishAsync(form, result, $"top-{agendaItemId}", ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int importId, [FromServices] ConfirmImportHandler handler, CancellationToken ct)
    {
        var form = new CorrectionForm(importId, "confirm", new Dictionary<string, string?>());
        return await FinishAsync(form, await handler.HandleAsync(new ConfirmImport(importId, await viewers.GetAsync(ct)), ct), "bestaetigung", ct);
    }

    private void Check(CorrectionForm form, string field, bool parsed)
    {
        if (!parsed)
        {
            var specific = t[$"Review_Invalid_{field}"];
            form.Fail(field, specific.ResourceNotFound ? t["Review_InvalidValue"].Value : specific.Value);
        }
    }
}
