using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Meetings;

/// <summary>All meetings with a known date, newest first, one page at a time; optionally of one organization.</summary>
public sealed record ListMeetings(int Page = 1, int PageSize = ListMeetings.DefaultPageSize, int? OrganizationId = null)
{
    public const int DefaultPageSize = 20;
}

/// <summary>
/// A page of dated meetings plus every meeting whose date is unknown; those cannot be placed in time but must
/// still be reachable (records that only survive as excerpts).
/// </summary>
public sealed record MeetingList(IReadOnlyList<MeetingSummary> Items, int Page, int PageSize, int TotalCount, IReadOnlyList<MeetingSummary> Undated)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public sealed class ListMeetingsHandler(AppDbContext db)
{
    private const int MaxPageSize = 100;

    public async Task<Result<MeetingList>> HandleAsync(ListMeetings query, CancellationToken ct)
    {
        if (query.Page < 1 || query.PageSize < 1 || query.PageSize > MaxPageSize)
        {
            return new ValidationError("meetings.paging", "Page must be at least 1 and the page size between 1 and 100.", "page");
        }

        var meetings = MeetingSummary.Query(db);
        if (query.OrganizationId is { } organizationId)
        {
            meetings = meetings.Where(m => m.OrganizationId == organizationId);
        }

        var dated = meetings.Where(m => m.Date != null);
        var total = await dated.CountAsync(ct);
        var items = await dated
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ThenByDescending(m => m.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(ct);
        var undated = await meetings.Where(m => m.Date == null)
            .OrderBy(m => m.OrganizationName).ThenBy(m => m.SessionNumber).ThenBy(m => m.Id)
            .ToListAsync(ct);
        return new MeetingList(items, query.Page, query.PageSize, total, undated);
    }
}
