using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Council.Sessions;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Pages.Council.Minutes;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>The meeting's audit log (who changed what, when, why), read-only: nobody can edit it, staff can read it.</summary>
public sealed class AuditLogModel(GetMeetingAuditLogHandler logs, ViewerAccessor viewers) : SessionPageModel(viewers)
{
    public int MeetingId { get; private set; }

    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var log = await logs.HandleAsync(new GetMeetingAuditLog(viewer, id), ct);
        if (log.IsError)
        {
            return MinutesResults.ToResult(log.Error!, viewer);
        }

        MeetingId = id;
        Lines = log.Value;
        return Page();
    }
}
