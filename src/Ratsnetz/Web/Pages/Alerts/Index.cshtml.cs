using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Alerts;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Alerts;

/// <summary>
/// <c>/benachrichtigungen</c>: a signed-in user's alerts, each with a button that ends it; for everyone else, how alerts
/// work (the subscribe forms are on the pages of bodies, people and searches).
/// </summary>
public sealed class IndexModel(ListSubscriptionsHandler list, ViewerAccessor viewers) : PageModel
{
    public IReadOnlyList<SubscriptionSummary>? Subscriptions { get; private set; }

    public bool Added { get; private set; }

    public bool Removed { get; private set; }

    /// <summary>An instant as the portal's local time (Europe/Berlin).</summary>
    public static string LocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Ratsnetz.Council.Meetings.MeetingClock.Zone(Ratsnetz.Council.Meetings.MeetingClock.DefaultTimeZoneId))
            .ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    public async Task OnGetAsync(string? neu, string? entfernt, CancellationToken ct)
    {
        (Added, Removed) = (neu == "1", entfernt == "1");
        var viewer = await viewers.GetAsync(ct);
        if (!viewer.IsAnonymous)
        {
            Subscriptions = (await list.HandleAsync(new ListSubscriptions(viewer), ct)).Value;
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, [FromServices] RemoveSubscriptionHandler remove, CancellationToken ct)
    {
        var viewer = await viewers.GetAsync(ct);
        if (viewer.IsAnonymous)
        {
            return Challenge();
        }

        var result = await remove.HandleAsync(new RemoveSubscription(viewer, id), ct);
        return result.IsSuccess ? Redirect("/benachrichtigungen?entfernt=1") : result.Error!.ToActionResult();
    }
}
