using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Infrastructure;

namespace Ratsnetz.Web.Pages.Council.Organizations;

public sealed class DetailsModel(GetOrganizationDetailsHandler handler, ViewerAccessor viewers, TimeProvider clock) : PageModel
{
    public OrganizationDetails Organization { get; private set; } = null!;

    /// <summary>The "Stichtag" as typed, shown again when it is not a date.</summary>
    public string? Stichtag { get; private set; }

    public bool StichtagInvalid { get; private set; }

    /// <summary>Staff who keep this body's members and pass its statements see links to those pages.</summary>
    public bool MayManage { get; private set; }

    /// <summary>A current member sees the link to submit a motion.</summary>
    public bool MaySubmitMotion { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? stichtag, CancellationToken ct)
    {
        Stichtag = stichtag;
        DateOnly? onDate = null;
        if (!string.IsNullOrWhiteSpace(stichtag))
        {
            if (DateOnly.TryParseExact(stichtag.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                onDate = date;
            }
            else
            {
                StichtagInvalid = true;
            }
        }

        var result = await handler.HandleAsync(new GetOrganizationDetails(id, onDate), ct);
        if (result.IsError)
        {
            return result.Error!.ToActionResult();
        }

        Organization = result.Value;
        var viewer = await viewers.GetAsync(ct);
        MayManage = Ratsnetz.Access.StaffAccess.MayManage(viewer, id);
        var today = MeetingClock.Today(clock);
        MaySubmitMotion = viewer.PersonId is { } personId && Organization.MemberGroups.SelectMany(g => g.Members).Any(m =>
            m.Person.Id == personId && m.Role != MembershipRole.MinuteTaker
            && (m.StartDate is null || m.StartDate <= today) && (m.EndDate is null || today <= m.EndDate));
        return Page();
    }
}
