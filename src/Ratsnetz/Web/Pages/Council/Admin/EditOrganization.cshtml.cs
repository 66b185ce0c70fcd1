using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Admin;

/// <summary>
/// An organization's description (name, short name, kind, period) for the staff who manage it. The form shows only
/// to them; the Core handler decides again on every post.
/// </summary>
[Authorize]
public sealed class EditOrganizationModel(GetOrganizationDetailsHandler details, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    public OrganizationDetails Organization { get; private set; } = null!;

    [BindProperty]
    public OrganizationInput Description { get; set; } = new();

    public FormProblem? Problem { get; private set; }

    public string? ErrorFor(string fieldId) => Problem?.FieldId == fieldId ? Problem.Message : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var shown = await LoadAsync(id, ct);
        if (shown is not null)
        {
            return shown;
        }

        Description = OrganizationInput.From(Organization);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromServices] DescribeOrganizationHandler handler, CancellationToken ct)
    {
        var d = Description;
        var result = await handler.HandleAsync(new DescribeOrganization(await viewers.GetAsync(ct), id, d.Name ?? string.Empty, d.Kind, d.ShortName, d.StartDate, d.EndDate), ct);
        if (result.IsSuccess)
        {
            return Redirect($"/gremien/{id}");
        }

        if (result.Error is not ValidationError validation)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Problem = FormProblem.From(validation, t, "Admin", OrganizationInput.FieldId);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var result = await details.HandleAsync(new GetOrganizationDetails(id, null), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        // The details are public, the form is not: only those who may change the description see it.
        if (!Ratsnetz.Access.StaffAccess.MayManage(await viewers.GetAsync(ct), id))
        {
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        Organization = result.Value;
        return null;
    }
}
