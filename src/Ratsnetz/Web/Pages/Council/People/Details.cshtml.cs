using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.People;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.People;

public sealed class DetailsModel(GetPersonDetailsHandler handler, ViewerAccessor viewers) : PageModel
{
    public PersonDetails Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new GetPersonDetails(id, await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Person = result.Value;
        return Page();
    }
}
