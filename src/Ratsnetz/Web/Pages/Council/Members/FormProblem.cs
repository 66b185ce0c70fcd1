using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Members;

/// <summary>
/// A refused form shown again with its message next to the field (and in the error summary, linked to it). The
/// message comes from the resources by error code ("Members_Error_membership_end_before_start"), else a general one.
/// </summary>
public sealed record FormProblem(string FieldId, string Message)
{
    public static FormProblem From(ValidationError error, IStringLocalizer t, string prefix, Func<string?, string> fieldId)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(fieldId);
        var specific = t[$"{prefix}_Error_{error.Code.Replace('.', '_')}"];
        return new FormProblem(fieldId(error.Field), specific.ResourceNotFound ? t[$"{prefix}_Error_Other"].Value : specific.Value);
    }

    /// <summary>Access errors are not form errors: a signed-in user without the right gets 403, not the sign-in form.</summary>
    public static IActionResult Refuse(Error error) =>
        error is ForbiddenError ? new StatusCodeResult(StatusCodes.Status403Forbidden) : error.ToActionResult();
}
