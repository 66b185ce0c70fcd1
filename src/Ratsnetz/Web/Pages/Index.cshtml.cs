using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Web.Pages;

public sealed class IndexModel(GetMeetingOverviewHandler overview) : PageModel
{
    public MeetingOverview Overview { get; private set; } = new([], [], 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Overview = (await overview.HandleAsync(new GetMeetingOverview(), ct)).Value;
}
