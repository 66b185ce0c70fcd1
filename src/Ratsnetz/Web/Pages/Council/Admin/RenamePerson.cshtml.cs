using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.People;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Admin;

/// <summary>
/// Corrects a person's name. Staff act through an organization they manage in which the person holds or held a seat
/// (<see cref="RenamePersonHandler"/>), so the page picks the first such organization; without one it refuses.
/// </summary>
[Authorize]
public sealed class RenamePersonModel(GetPersonDetailsHandler details, GetPersonNameHandler names, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    public PersonName Person { get; private set; } = null!;

    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? GivenName { get; set; }

    [BindProperty]
    public Salutation? Salutation { get; set; }

    [BindProperty]
    public string? PersonTitle { get; set; }

    public FormProblem? Problem { get; private set; }

    private int organizationId;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var shown = await LoadAsync(id, ct);
        if (shown is not null)
        {
            return shown;
        }

        (FamilyName, GivenName, Salutation, PersonTitle) = (Person.FamilyName, Person.GivenName, Person.Salutation, Person.Title);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromServices] RenamePersonHandler handler, CancellationToken ct)
    {
        var shown = await LoadAsync(id, ct);
        if (shown is not null)
        {
            return shown;
        }

        var result = await handler.HandleAsync(new RenamePerson(await viewers.GetAsync(ct), organizationId, id, FamilyName ?? string.Empty, GivenName, Salutation, PersonTitle), ct);
        if (result.IsSuccess)
        {
            return Redirect($"/personen/{id}");
        }

        if (result.Error is not ValidationError validation)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Problem = FormProblem.From(validation, t, "Admin", _ => "n-family");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The first organization the viewer manages among those the person sits or sat in; null when there is none.</summary>
    public static int? ManagingOrganization(Viewer viewer, PersonDetails person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Memberships.Select(m => (int?)m.Organization.Id).FirstOrDefault(o => Ratsnetz.Access.StaffAccess.MayManage(viewer, o!.Value));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        var person = await details.HandleAsync(new GetPersonDetails(id, viewer), ct);
        if (person.IsError)
        {
            return person.Error!.ToActionResult();
        }

        if (ManagingOrganization(viewer, person.Value) is not { } organization)
        {
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        organizationId = organization;
        var name = await names.HandleAsync(new GetPersonName(id), ct);
        if (name.IsError)
        {
            return name.Error!.ToActionResult();
        }

        Person = name.Value;
        return null;
    }
}
