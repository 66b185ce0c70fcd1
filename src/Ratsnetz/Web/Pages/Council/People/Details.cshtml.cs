using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.People;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.People;

public sealed class DetailsModel(GetPersonDetailsHandler handler, ViewerAccessor viewers) : PageModel
{
    public PersonDetails Person { get; private set; } = null!;

    /// <summary>Staff who manage a body the person sits or sat in see the link to correct the name.</summary>
    public bool MayRename { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        var result = await handler.HandleAsync(new GetPersonDetails(id, viewer), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Person = result.Value;
        MayRename = Admin.RenamePersonModel.ManagingOrganization(viewer, Person) is not null;
        return Page();
    }
}
