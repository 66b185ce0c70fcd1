using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Common;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Import;

internal static class StaffResults
{
    /// <summary>
    /// As <see cref="ErrorResults"/>, except that a signed-in user without staff rights gets 403 rather than the
    /// sign-in form (the cookie handler's answer to a challenge).
    /// </summary>
    public static IActionResult ToStaffResult(this Error error) =>
        error is ForbiddenError ? new StatusCodeResult(403) : error.ToActionResult();
}
