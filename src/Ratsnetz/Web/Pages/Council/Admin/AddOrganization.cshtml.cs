using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Admin;

/// <summary>
/// Adds an organization of any kind to a municipality, for administrators. Geschäftsführung adds only lists, and does
/// so on its member page (/gremien/{id}/mitglieder), so this page is not offered to it.
/// </summary>
[Authorize]
public sealed class AddOrganizationModel(GetLegislativeTermsHandler bodies, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The municipality; read through the terms query because it admits administrators only, as this page does.</summary>
    public LegislativeTermList Body { get; private set; } = null!;

    [BindProperty]
    public OrganizationInput Organization { get; set; } = new() { Kind = OrganizationKind.Committee };

    public FormProblem? Problem { get; private set; }

    public string? ErrorFor(string fieldId) => Problem?.FieldId == fieldId ? Problem.Message : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, [FromServices] AddOrganizationHandler handler, CancellationToken ct)
    {
        var shown = await LoadAsync(id, ct);
        if (shown is not null)
        {
            return shown;
        }

        var o = Organization;
        var result = await handler.HandleAsync(new AddOrganization(await viewers.GetAsync(ct), id, o.Name ?? string.Empty, o.Kind, o.ShortName), ct);
        if (result.IsSuccess)
        {
            return Redirect($"/gremien/{result.Value}");
        }

        if (result.Error is not ValidationError validation)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Problem = FormProblem.From(validation, t, "Admin", OrganizationInput.FieldId);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var body = await bodies.HandleAsync(new GetLegislativeTerms(await viewers.GetAsync(ct), id), ct);
        if (body.IsError)
        {
            return FormProblem.Refuse(body.Error!);
        }

        Body = body.Value;
        return null;
    }
}
