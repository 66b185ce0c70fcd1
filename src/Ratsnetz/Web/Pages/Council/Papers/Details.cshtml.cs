using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Papers;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Papers;

public sealed class DetailsModel(GetPaperDetailsHandler handler, ViewerAccessor viewers) : PageModel
{
    public PaperDetails Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new GetPaperDetails(id, await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Paper = result.Value;
        return Page();
    }
}
