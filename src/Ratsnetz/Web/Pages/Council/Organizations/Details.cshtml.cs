using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Organizations;

public sealed class DetailsModel(GetOrganizationDetailsHandler handler) : PageModel
{
    public OrganizationDetails Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new GetOrganizationDetails(id), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Organization = result.Value;
        return Page();
    }
}
