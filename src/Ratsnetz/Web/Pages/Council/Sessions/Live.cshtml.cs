using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>
/// The meeting as it runs, on a tablet: attendance with times and substitutes, the quorum for the current item, bias
/// declarations, the vote (counts, roll call or secret) with resolution text, and the speakers. Every form posts
/// to one Core handler and comes back to the same item.
/// </summary>
public sealed partial class LiveModel(GetSessionSheetHandler sheets, GetQuorumHandler quorums, TimeProvider clock, ViewerAccessor viewers)
    : SessionPageModel(viewers)
{
    public SessionSheet Sheet { get; private set; } = null!;

    /// <summary>The item being dealt with: chosen with ?top=, else the first item.</summary>
    public SheetItem? Current { get; private set; }

    /// <summary>The moment the quorum is shown for (local time): chosen with ?um=, else now.</summary>
    public TimeOnly At { get; private set; }

    public MeetingQuorum? Quorum { get; private set; }

    /// <summary>Why no quorum can be shown (e.g. the statutory seats are not set); null when it can.</summary>
    public string? QuorumProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? top, string? um, CancellationToken ct) => await ShowAsync(id, top, um, ct);

    public async Task<IActionResult> OnPostAttendanceAsync(int id, int? top, int person, string? status, string? role, string? from, string? until, int? substituteFor,
        [FromServices] RecordAttendanceHandler handler, CancellationToken ct)
    {
        // The form for people not yet listed names itself, so its errors and input come back to it.
        var form = Request.Form["form"] == "other" ? "other" : AttendanceForm(person);
        if (!TryTime(from, out var arrived) || !TryTime(until, out var left))
        {
            return await FinishAsync(Unreadable(arrived is null && !string.IsNullOrWhiteSpace(from) ? "from" : "until"), form, string.Empty, () => ShowAsync(id, top, null, ct), ct);
        }

        var command = new RecordAttendance(await ViewerAsync(ct), id, person,
            Enum.TryParse<AttendanceStatus>(status, out var s) ? s : 0, Enum.TryParse<AttendanceRole>(role, out var r) ? r : 0, arrived, left, substituteFor);
        var result = await handler.HandleAsync(command, ct);
        return await FinishAsync(result, form, Back(id, top, form), () => ShowAsync(id, top, null, ct), ct);
    }

    public async Task<IActionResult> OnPostBiasAsync(int id, int top, int person, string? note, [FromServices] DeclareBiasHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new DeclareBias(await ViewerAsync(ct), id, top, person, note), ct);
        return await FinishAsync(result, "bias", Back(id, top, "befangenheit"), () => ShowAsync(id, top, null, ct), ct);
    }

    public async Task<IActionResult> OnPostWithdrawBiasAsync(int id, int top, int person, [FromServices] WithdrawBiasHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new WithdrawBias(await ViewerAsync(ct), id, top, person), ct);
        return await FinishAsync(result, "bias", Back(id, top, "befangenheit"), () => ShowAsync(id, top, null, ct), ct);
    }

    public async Task<IActionResult> OnPostSpeakerAsync(int id, int top, int person, string? note, [FromServices] AddSpeakerHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new AddSpeaker(await ViewerAsync(ct), id, top, person, note), ct);
        return await FinishAsync(result, "speaker", Back(id, top, "redebeitraege"), () => ShowAsync(id, top, null, ct), ct);
    }

    public async Task<IActionResult> OnPostVoteAsync(int id, int top, string? mode, int? yes, int? no, int? abstentions, string? resolution,
        string? outcome, string? overrideReason, [FromServices] RecordVoteHandler handler, CancellationToken ct)
    {
        var voteMode = Enum.TryParse<VoteMode>(mode, out var m) ? m : 0;

        // Ballots come as ballot-{personId}; an empty choice means the person cast none (not entitled, or left).
        var ballots = new List<RollCallEntry>();
        foreach (var key in Request.Form.Keys.Where(k => k.StartsWith("ballot-", StringComparison.Ordinal)))
        {
            if (int.TryParse(key["ballot-".Length..], out var person) && Enum.TryParse<Ballot>(Request.Form[key], out var ballot))
            {
                ballots.Add(new RollCallEntry(person, ballot));
            }
        }

        var counts = voteMode == VoteMode.RollCall || (yes is null && no is null && abstentions is null)
            ? null
            : new VoteCounts(yes ?? 0, no ?? 0, abstentions ?? 0, 0);
        var chosen = Enum.TryParse<DecisionOutcome>(outcome, out var o) ? o : (DecisionOutcome?)null;
        var input = new VoteInput(voteMode, counts, voteMode == VoteMode.RollCall ? ballots : [], null, resolution, chosen, overrideReason);
        var result = await handler.HandleAsync(new RecordVote(await ViewerAsync(ct), id, top, input), ct);
        return await FinishAsync(result.IsSuccess ? Result.Success : result.Error!, "vote", Back(id, top, "abstimmung"), () => ShowAsync(id, top, null, ct), ct);
    }

    public static string AttendanceForm(int personId) => $"person{personId}";

    private static string Back(int id, int? top, string anchor) => $"/sitzungen/{id}/sitzungsdienst" + (top is { } t ? $"?top={t}" : string.Empty) + $"#{anchor}";

    private async Task<IActionResult> ShowAsync(int id, int? top, string? um, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var sheet = await sheets.HandleAsync(new GetSessionSheet(viewer, id), ct);
        if (sheet.IsError)
        {
            return await RefuseAsync(sheet.Error!, ct);
        }

        Sheet = sheet.Value;
        Current = Sheet.Items.FirstOrDefault(i => i.Id == top) ?? (Sheet.Items.Count > 0 ? Sheet.Items[0] : null);
        At = TryTime(um, out var chosen) && chosen is { } time
            ? time
            : TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), MeetingClock.Zone(MeetingClock.DefaultTimeZoneId)).DateTime);
        var quorum = await quorums.HandleAsync(new GetQuorum(viewer, id, At, Current?.Id), ct);
        Quorum = quorum.IsSuccess ? quorum.Value : null;
        QuorumProblem = quorum.IsError ? quorum.Error!.Code : null;
        return Page();
    }
}
