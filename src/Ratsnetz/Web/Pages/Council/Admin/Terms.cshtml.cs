using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Council.Admin;

/// <summary>
/// A municipality's legislative terms for administrators: the list, a form per term to revise it and one to add a term.
/// Each form posts to one Core handler and redirects back (PRG); the handlers refuse everyone but administrators.
/// </summary>
[Authorize]
public sealed class TermsModel(GetLegislativeTermsHandler terms, ViewerAccessor viewers, IStringLocalizer<SharedResource> t) : PageModel
{
    public LegislativeTermList List { get; private set; } = null!;

    [BindProperty]
    public TermInput Term { get; set; } = new();

    public FormProblem? Problem { get; private set; }

    /// <summary>The term whose revise form was refused; null when the problem belongs to the add form.</summary>
    public int? ProblemTermId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(int id, [FromServices] AddLegislativeTermHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new AddLegislativeTerm(await viewers.GetAsync(ct), id, Term.Name ?? string.Empty, Term.StartDate, Term.EndDate), ct);
        return await FinishAsync(id, null, result.Error, ct);
    }

    public async Task<IActionResult> OnPostReviseAsync(int id, int termId, [FromServices] ReviseLegislativeTermHandler handler, CancellationToken ct)
    {
        // The term must belong to this municipality; the handler alone would accept any term id under any URL.
        var shown = await ShowAsync(id, ct);
        if (shown is not PageResult)
        {
            return shown;
        }

        if (List.Terms.All(l => l.Id != termId))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new ReviseLegislativeTerm(await viewers.GetAsync(ct), termId, Term.Name ?? string.Empty, Term.StartDate, Term.EndDate), ct);
        return await FinishAsync(id, termId, result.Error, ct);
    }

    private async Task<IActionResult> FinishAsync(int id, int? termId, Error? error, CancellationToken ct)
    {
        if (error is null)
        {
            return Redirect($"/koerperschaften/{id}/wahlperioden");
        }

        if (error is not ValidationError validation)
        {
            return FormProblem.Refuse(error);
        }

        Problem = FormProblem.From(validation, t, "Admin", TermInput.FieldId(termId is { } term ? $"t{term}" : "t"));
        ProblemTermId = termId;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var list = await terms.HandleAsync(new GetLegislativeTerms(await viewers.GetAsync(ct), id), ct);
        if (list.IsError)
        {
            return FormProblem.Refuse(list.Error!);
        }

        List = list.Value;
        return Page();
    }
}
