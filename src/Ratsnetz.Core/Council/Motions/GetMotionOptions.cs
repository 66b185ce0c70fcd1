using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Motions;

/// <summary>What a member may submit a motion to: the body (if they sit in it today) and its upcoming meetings.</summary>
public sealed record GetMotionOptions(Viewer Viewer, int OrganizationId);

public sealed record MotionOptions(int OrganizationId, string OrganizationName, IReadOnlyList<MeetingChoice> Meetings);

public sealed record MeetingChoice(int Id, DateOnly Date, TimeOnly? StartTime, string? Name);

public sealed class GetMotionOptionsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<MotionOptions>> HandleAsync(GetMotionOptions query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == query.OrganizationId && !o.Deleted).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return MemberAccess.OrganizationNotFound(query.OrganizationId);
        }

        var today = MeetingClock.Today(clock);
        var personId = query.Viewer.PersonId;
        var seated = !query.Viewer.IsAnonymous && personId is not null && await db.Memberships.AnyAsync(m =>
            m.PersonId == personId && m.OrganizationId == query.OrganizationId && !m.Deleted && m.Role != MembershipRole.MinuteTaker
            && (m.StartDate == null || m.StartDate <= today) && (m.EndDate == null || m.EndDate >= today), ct);
        if (!seated)
        {
            return MotionAccess.MembersOnly;
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.OrganizationId == query.OrganizationId && !m.Deleted && m.Date != null && m.Date >= today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new MeetingChoice(m.Id, m.Date!.Value, m.StartTime, m.Name))
            .ToListAsync(ct);
        return new MotionOptions(query.OrganizationId, name, meetings);
    }
}
