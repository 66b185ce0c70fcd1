using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Files;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Files;

public sealed class DetailsModel(GetFileDetailsHandler handler, ViewerAccessor viewers) : PageModel
{
    public FileDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new GetFileDetails(id, await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Details = result.Value;
        return Page();
    }
}
