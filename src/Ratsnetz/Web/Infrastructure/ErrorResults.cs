using Microsoft.AspNetCore.Mvc;
using Ratsnetz.Common;

namespace Ratsnetz.Web.Infrastructure;

/// <summary>The one place where the portal turns a Core <see cref="Error"/> into an HTTP answer (friendly pages follow via /fehler).</summary>
public static class ErrorResults
{
    public static IActionResult ToActionResult(this Error error) => error switch
    {
        NotFoundError => new NotFoundResult(),
        ForbiddenError => new ForbidResult(),
        ConflictError => new ConflictResult(),
        ValidationError => new BadRequestResult(),
        _ => new StatusCodeResult(500),
    };
}
