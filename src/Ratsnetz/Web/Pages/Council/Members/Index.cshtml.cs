using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;

namespace Ratsnetz.Web.Pages.Council.Members;

/// <summary>
/// The member records of one body for its staff: the seats, and forms to add a seat, a person and a list. Each form
/// posts to one Core handler and redirects back (PRG); a refused form is shown again with its error.
/// </summary>
[Authorize]
public sealed class IndexModel(
    GetMembershipRosterHandler rosters, GetMemberAuditLogHandler history, ViewerAccessor viewers, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    public MembershipRoster Roster { get; private set; } = null!;

    /// <summary>The latest audit entries of these records (read-only), with the accounts' display names.</summary>
    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public MembershipInput Seat { get; set; } = new();

    public FormProblem? Problem { get; private set; }

    /// <summary>Which form the problem belongs to: "seat", "person" or "list".</summary>
    public string? ProblemForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostSeatAsync(int id, [FromServices] AddMembershipHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new AddMembership(await viewers.GetAsync(ct), id, Seat.ToForm()), ct);
        return await FinishAsync(id, "seat", result.Error, MembershipInput.FieldId, ct);
    }

    public async Task<IActionResult> OnPostPersonAsync(int id, string? familyName, string? givenName, Salutation? salutation, string? title,
        [FromServices] AddPersonHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new AddPerson(await viewers.GetAsync(ct), id, familyName ?? string.Empty, givenName, salutation, title), ct);
        return await FinishAsync(id, "person", result.Error, _ => "p-family", ct);
    }

    public async Task<IActionResult> OnPostListAsync(int id, string? listName, string? listShortName, [FromServices] AddOrganizationHandler handler, CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        var roster = await rosters.HandleAsync(new GetMembershipRoster(viewer, id), ct);
        if (roster.IsError)
        {
            return FormProblem.Refuse(roster.Error!);
        }

        var result = await handler.HandleAsync(new AddOrganization(viewer, roster.Value.BodyId, listName ?? string.Empty, OrganizationKind.Faction, listShortName), ct);
        return await FinishAsync(id, "list", result.Error, _ => "l-name", ct);
    }

    private async Task<IActionResult> FinishAsync(int id, string form, Error? error, Func<string?, string> fieldId, CancellationToken ct)
    {
        if (error is null)
        {
            return Redirect($"/gremien/{id}/mitglieder");
        }

        if (error is not ValidationError validation)
        {
            return FormProblem.Refuse(error);
        }

        Problem = FormProblem.From(validation, t, "Members", fieldId);
        ProblemForm = form;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var roster = await rosters.HandleAsync(new GetMembershipRoster(await viewers.GetAsync(ct), id), ct);
        if (roster.IsError)
        {
            return FormProblem.Refuse(roster.Error!);
        }

        Roster = roster.Value;
        var log = await history.HandleAsync(new GetMemberAuditLog(await viewers.GetAsync(ct), id), ct);
        History = log.IsSuccess ? log.Value : [];
        var ids = History.Select(h => h.UserId).Distinct().ToList();
        UserNames = await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, ct);
        return Page();
    }
}
