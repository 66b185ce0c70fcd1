using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Alerts;
using Ratsnetz.Common;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Alerts;

/// <summary>
/// <c>/benachrichtigungen/neu</c>: the subscribe form for one target (GET, from a link) and where every subscribe form
/// posts. A refused request shows the form again with the typed values; success redirects (accounts to their list,
/// the public to "check your inbox").
/// </summary>
public sealed class SubscribeModel(DescribeAlertTargetHandler describe, ViewerAccessor viewers, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gremium")]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public int? PersonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "jahr")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "kommune")]
    public string? Body { get; set; }

    [BindProperty(Name = "haeufigkeit")]
    public string? Frequency { get; set; }

    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    public AlertForm Form { get; private set; } = null!;

    public string Label { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form = Target();
        return await DescribeAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SubscribeHandler handler, CancellationToken ct)
    {
        var frequency = Frequency == "sofort" ? AlertFrequency.Instant : AlertFrequency.Daily;
        Form = Target() with { Email = Email, Frequency = frequency };
        if (await DescribeAsync(ct) is { } refused)
        {
            return refused;
        }

        var viewer = await viewers.GetAsync(ct);
        var account = viewer.IsAnonymous ? null : (await users.GetUserAsync(User))?.Email;
        var result = await handler.HandleAsync(new Subscribe(viewer, account, Email, Form.Target, frequency), ct);
        if (result.IsSuccess)
        {
            return Redirect(result.Value == SubscribeOutcome.Active ? "/benachrichtigungen?neu=1" : "/benachrichtigungen/gesendet");
        }

        if (result.Error is NotFoundError or ForbiddenError)
        {
            return FormProblem.Refuse(result.Error);
        }

        var message = t[$"Alerts_Error_{result.Error!.Code.Replace('.', '_')}"];
        Form = Form with { Problem = new FormProblem(AlertForm.EmailFieldId, message.ResourceNotFound ? t["Alerts_Error_Other"].Value : message.Value) };
        Response.StatusCode = result.Error is ConflictError ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private AlertForm Target() =>
        OrganizationId is { } organization ? AlertForm.Organization(organization)
        : PersonId is { } person ? AlertForm.Person(person)
        : AlertForm.Search(Query, Kind, Year, Body);

    private async Task<IActionResult?> DescribeAsync(CancellationToken ct)
    {
        var label = await describe.HandleAsync(new DescribeAlertTarget(Form.Target), ct);
        if (label.IsError)
        {
            return label.Error!.ToActionResult();
        }

        Label = label.Value;
        return null;
    }
}
