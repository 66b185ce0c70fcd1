using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.Motions;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Motions;

/// <summary>The Integrationsrat's Geschäftsführung passes a statement to the council or a committee (PRG to the new paper).</summary>
[Authorize]
public sealed class StatementModel(GetStatementTargetsHandler targets, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    public StatementTargets Targets { get; private set; } = null!;

    [BindProperty]
    public MotionText Motion { get; set; } = new();

    [BindProperty]
    public int TargetOrganizationId { get; set; }

    [BindProperty]
    public StatementKind Kind { get; set; } = StatementKind.Suggestion;

    public FormProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, [FromServices] PassStatementHandler handler, CancellationToken ct)
    {
        var command = new PassStatement(await viewers.GetAsync(ct), id, TargetOrganizationId, Kind, Motion.Title ?? string.Empty, Motion.Request, Motion.Justification);
        var result = await handler.HandleAsync(command, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/vorlagen/{result.Value}");
        }

        if (result.Error is not ValidationError validation)
        {
            return FormProblem.Refuse(result.Error!);
        }

        Problem = FormProblem.From(validation, t, "Motion", MotionText.FieldId);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var result = await targets.HandleAsync(new GetStatementTargets(await viewers.GetAsync(ct), id), ct);
        if (result.IsError)
        {
            return result.Error is ValidationError ? NotFound() : FormProblem.Refuse(result.Error!);
        }

        Targets = result.Value;
        return Page();
    }
}
