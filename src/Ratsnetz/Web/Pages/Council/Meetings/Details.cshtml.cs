using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Meetings;

public sealed class DetailsModel(GetMeetingDetailsHandler handler, ViewerAccessor viewers) : PageModel
{
    public MeetingDetails Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new GetMeetingDetails(id, await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Meeting = result.Value;
        return Page();
    }
}
