using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Meetings;

/// <summary>What the start page shows: the next meetings and the most recent ones held.</summary>
public sealed record GetMeetingOverview(int Upcoming = 5, int Recent = 5);

public sealed record MeetingOverview(IReadOnlyList<MeetingSummary> Upcoming, IReadOnlyList<MeetingSummary> Recent, int UndatedCount);

/// <summary>
/// "Upcoming" is decided by the calendar date where the meetings take place, not by the server's clock zone.
/// Past meetings count as held unless cancelled: old records often never had their state updated.
/// </summary>

public sealed class GetMeetingOverviewHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<MeetingOverview>> HandleAsync(GetMeetingOverview query, CancellationToken ct)
    {
        var today = MeetingClock.Today(clock);
        var meetings = MeetingSummary.Query(db);
        var upcoming = await meetings
            .Where(m => m.Date >= today && m.State != MeetingState.Held)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Id)
            .Take(query.Upcoming)
            .ToListAsync(ct);
        var recent = await meetings
            .Where(m => m.Date != null && m.Date <= today && m.State != MeetingState.Cancelled)
            .Where(m => m.State == MeetingState.Held || m.Date < today)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ThenByDescending(m => m.Id)
            .Take(query.Recent)
            .ToListAsync(ct);
        var undated = await meetings.CountAsync(m => m.Date == null, ct);
        return new MeetingOverview(upcoming, recent, undated);
    }
}
