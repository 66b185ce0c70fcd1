using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Minutes;

/// <summary>
/// A refused minutes step: anonymous visitors are sent to sign in (an account may open the door); a signed-in person
/// gets 403 with the friendly page, because the sign-in form would wrongly suggest they were not signed in.
/// </summary>
internal static class MinutesResults
{
    public static IActionResult ToResult(Error error, Viewer viewer) =>
        error is ForbiddenError && !viewer.IsAnonymous ? new StatusCodeResult(403) : error.ToActionResult();
}
