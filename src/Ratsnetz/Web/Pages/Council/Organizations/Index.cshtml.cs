using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Web.Pages.Council.Organizations;

public sealed class IndexModel(ListOrganizationsHandler handler) : PageModel
{
    public OrganizationDirectory Directory { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken ct) =>
        Directory = (await handler.HandleAsync(new ListOrganizations(), ct)).Value;
}
