using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Web.Pages.Council.Meetings;

public sealed class IndexModel(ListMeetingsHandler meetings) : PageModel
{
    /// <summary>German query name, like the routes: /sitzungen?seite=2.</summary>
    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public MeetingList List { get; private set; } = new([], 1, ListMeetings.DefaultPageSize, 0, []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await meetings.HandleAsync(new ListMeetings(PageNumber), ct);
        if (result.IsError || (PageNumber > 1 && PageNumber > result.Value.PageCount))
        {
            return NotFound();
        }

        List = result.Value;
        return Page();
    }
}
