using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Data;

namespace Ratsnetz.Web.Identity;

/// <summary>Turns the signed-in user into the Core's <see cref="Viewer"/>; one place for every page.</summary>
public sealed class ViewerAccessor(IHttpContextAccessor http, AppDbContext db)
{
    private Viewer? _viewer;

    public async Task<Viewer> GetAsync(CancellationToken cancellationToken)
    {
        if (_viewer is not null)
        {
            return _viewer;
        }

        var user = http.HttpContext?.User;
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user is null || userId is null)
        {
            return _viewer = Viewer.Anonymous;
        }

        int? personId = int.TryParse(user.FindFirstValue(RatsnetzClaimsPrincipalFactory.PersonClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var staffOf = user.IsInRole(Roles.Management)
            ? await db.StaffAssignments.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken)
            : [];
        return _viewer = new Viewer(userId, user.IsInRole(Roles.Administrator), personId, staffOf.ToHashSet());
    }
}
