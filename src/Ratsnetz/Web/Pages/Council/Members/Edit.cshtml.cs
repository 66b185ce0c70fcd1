using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;

namespace Ratsnetz.Web.Pages.Council.Members;

/// <summary>One seat for its staff: correct or end it, or remove it when it was entered by mistake.</summary>
[Authorize]
public sealed class EditModel(GetMembershipRosterHandler rosters, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    public MembershipRoster Roster { get; private set; } = null!;

    public RosterLine Line { get; private set; } = null!;

    [BindProperty]
    public MembershipInput Seat { get; set; } = new();

    public FormProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int membershipId, CancellationToken ct)
    {
        var shown = await LoadAsync(id, membershipId, ct);
        if (shown is not null)
        {
            return shown;
        }

        Seat = MembershipInput.From(Line);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int membershipId, [FromServices] EditMembershipHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new EditMembership(await viewers.GetAsync(ct), id, membershipId, Seat.ToForm()), ct);
        if (result.IsSuccess)
        {
            return Redirect($"/gremien/{id}/mitglieder");
        }

        if (result.Error is not ValidationError validation)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Problem = FormProblem.From(validation, t, "Members", MembershipInput.FieldId);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, membershipId, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int membershipId, [FromServices] RemoveMembershipHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new RemoveMembership(await viewers.GetAsync(ct), id, membershipId), ct);
        return result.IsSuccess ? Redirect($"/gremien/{id}/mitglieder") : FormProblem.Refuse(result.Error!);
    }

    private async Task<IActionResult?> LoadAsync(int id, int membershipId, CancellationToken ct)
    {
        var roster = await rosters.HandleAsync(new GetMembershipRoster(await viewers.GetAsync(ct), id), ct);
        if (roster.IsError)
        {
            return FormProblem.Refuse(roster.Error!);
        }

        Roster = roster.Value;
        if (Roster.Lines.FirstOrDefault(l => l.MembershipId == membershipId) is not { } line)
        {
            return NotFound();
        }

        Line = line;
        return null;
    }
}
