using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Council.Organizations;

public sealed class IndexModel(ListOrganizationsHandler handler, ViewerAccessor viewers) : PageModel
{
    public OrganizationDirectory Directory { get; private set; } = new([]);

    /// <summary>Administrators keep each municipality's legislative terms and see the link to them.</summary>
    public bool IsAdministrator { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Directory = (await handler.HandleAsync(new ListOrganizations(), ct)).Value;
        var viewer = await viewers.GetAsync(ct);
        IsAdministrator = !viewer.IsAnonymous && viewer.IsAdministrator;
    }
}
