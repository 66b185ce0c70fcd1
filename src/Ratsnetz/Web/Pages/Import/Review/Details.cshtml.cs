using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ratsnetz.Common;
using Ratsnetz.Import.Review;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;

namespace Ratsnetz.Web.Pages.Import.Review;

/// <summary>
/// Reviewing one import: the document text beside the facts it produced. Each correction is its own small form
/// (POST, antiforgery), goes through a Core handler that keeps the entity rules and writes the audit log, and
/// comes back here with the change in the history.
/// </summary>
public sealed partial class DetailsModel(GetImportReviewHandler reviews, ViewerAccessor viewers, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    public ImportReview Review { get; private set; } = null!;

    public int ImportId { get; private set; }

    /// <summary>Display names of the accounts in the history, by user id.</summary>
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>"?gespeichert=1" after a correction was saved (post, redirect, get).</summary>
    [BindProperty(SupportsGet = true, Name = "gespeichert")]
    public string? SavedFlag { get; set; }

    public bool Saved => SavedFlag == "1";

    /// <summary>The form that was sent and rejected, with its values and messages; null on a plain visit.</summary>
    public CorrectionForm? Failed { get; private set; }

    public CorrectionForm? FailedFor(string key) => Failed?.Key == key ? Failed : null;

    public Task<IActionResult> OnGetAsync(int importId, CancellationToken ct) => ShowAsync(importId, ct);

    private async Task<IActionResult> ShowAsync(int importId, CancellationToken ct)
    {
        var result = await reviews.HandleAsync(new GetImportReview(importId, await viewers.GetAsync(ct)), ct);
        if (result.IsError)
        {
            return result.Error!.ToStaffResult();
        }

        ImportId = importId;
        Review = result.Value;
        var ids = Review.History.Select(h => h.UserId).Append(Review.ReviewedBy).OfType<string>().Distinct().ToList();
        UserNames = await users.Users.Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, ct);
        return Page();
    }

    public string UserName(string? userId) => userId is null ? "–" : UserNames.GetValueOrDefault(userId) ?? t["Review_UnknownUser"].Value;

    /// <summary>Shows the outcome of a correction: back to the page on success, the form with messages otherwise.</summary>
    private async Task<IActionResult> FinishAsync(CorrectionForm form, Result result, string anchor, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            return Redirect($"/pruefung/{form.ImportId}?gespeichert=1#{anchor}");
        }

        if (result.Error is ValidationError or ConflictError)
        {
            form.Fail(result.Error is ValidationError { Field: { } field } ? field : null, ErrorText(result.Error));
            return await RejectAsync(form, ct);
        }

        return result.Error!.ToStaffResult();
    }

    private async Task<IActionResult> RejectAsync(CorrectionForm form, CancellationToken ct)
    {
        Failed = form;
        return await ShowAsync(form.ImportId, ct);
    }

    private string ErrorText(Error error)
    {
        var text = t[$"Review_Error_{error.Code.Replace('.', '_')}"];
        return text.ResourceNotFound ? error.Message : text.Value;
    }
}

/// <summary>One correction form as sent: its values and, once checked, what is wrong with it.</summary>
public sealed class CorrectionForm(int importId, string key, IReadOnlyDictionary<string, string?> values)
{
    private readonly Dictionary<string, string> _errors = [];

    public int ImportId => importId;

    public string Key => key;

    /// <summary>A problem with the form as a whole (a rule across fields, e.g. a substitute who is absent).</summary>
    public string? FormError { get; private set; }

    public bool IsValid => _errors.Count == 0 && FormError is null;

    public IEnumerable<(string Field, string Message)> Errors => _errors.Select(e => (e.Key, e.Value));

    public string? Error(string field) => _errors.GetValueOrDefault(field);

    /// <summary>The value as sent, so that a rejected form keeps what the user typed.</summary>
    public string? Value(string field, string? stored) => values.TryGetValue(field, out var sent) ? sent : stored;

    public void Fail(string? field, string message)
    {
        if (field is not null && values.ContainsKey(field))
        {
            _errors[field] = message;
        }
        else
        {
            FormError = message;
        }
    }
}

/// <summary>The correction form of one agenda item, rendered by a partial.</summary>
public sealed record ItemFormModel(DetailsModel Page, ReviewAgendaItem Item);
