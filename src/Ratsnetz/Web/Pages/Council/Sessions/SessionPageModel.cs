using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Pages.Council.Minutes;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>
/// What the Sitzungsdienst pages share: the viewer, the one place where a refused change becomes either the page again
/// (with the message and what was typed) or an HTTP answer, and reading back posted values for the form that failed.
/// </summary>
public abstract class SessionPageModel(ViewerAccessor viewers) : PageModel
{
    /// <summary>The Core error of the refused change, shown in the error summary; null when none was refused.</summary>
    public Error? Failure { get; private set; }

    /// <summary>The form whose change was refused; its fields show what was posted instead of what is stored.</summary>
    public string? FailedForm { get; private set; }

    protected Task<Viewer> ViewerAsync(CancellationToken ct) => viewers.GetAsync(ct);

    /// <summary>A posted value when <paramref name="form"/> failed, else the stored one, so nothing typed is lost.</summary>
    public string? Value(string form, string name, string? stored) =>
        FailedForm == form && Request.HasFormContentType ? Request.Form[name].ToString() : stored;

    public bool FailedHere(string form) => FailedForm == form;

    /// <summary>The id of the field the error names, so the summary can link to it.</summary>
    public string? FailedField(string form) => FailedForm == form ? Failure switch
    {
        ValidationError v => v.Field,
        _ => null,
    } : null;

    /// <summary>
    /// After a successful change the browser is redirected (PRG); a rule's refusal shows the page again with status
    /// 400/409; access errors become 403 (signed in) or a redirect to sign in.
    /// </summary>
    protected async Task<IActionResult> FinishAsync(Result result, string form, string redirect, Func<Task<IActionResult>> show, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            return Redirect(redirect);
        }

        // A form may name something that is not there (a parent item, a paper): that is the form's error, not a 404.
        // When the meeting itself is missing, showing the page again answers 404.
        if (result.Error is ConflictError or ValidationError or NotFoundError)
        {
            Failure = result.Error;
            FailedForm = form;
            var page = await show();
            Response.StatusCode = result.Error is ConflictError ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return page;
        }

        return MinutesResults.ToResult(result.Error!, await ViewerAsync(ct));
    }

    protected async Task<IActionResult> RefuseAsync(Error error, CancellationToken ct) => MinutesResults.ToResult(error, await ViewerAsync(ct));

    /// <summary>A form value that must parse but was typed wrong: shown like a rule's refusal, on the field.</summary>
    protected static ValidationError Unreadable(string field) => new("form.unreadable", "The value could not be read.", field);

    protected static bool TryTime(string? text, out TimeOnly? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    protected static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;
}
