using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Import.Review;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Pages.Import.Review;

/// <summary>The imports still to be reviewed by the signed-in staff member.</summary>
public sealed class IndexModel(ListPendingReviewsHandler handler, ViewerAccessor viewers) : PageModel
{
    public IReadOnlyList<PendingReview> Pending { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ListPendingReviews(await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToStaffResult();
        }

        Pending = result.Value;
        return Page();
    }
}
