using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Meetings;

/// <summary>
/// One line of a meeting list. Meeting metadata (who meets when and where) is public even when parts of the
/// agenda are not, so summaries need no viewer.
/// </summary>
public sealed record MeetingSummary
{
    public required int Id { get; init; }

    public string? Name { get; init; }

    public int? SessionNumber { get; init; }

    public required int OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public string? OrganizationShortName { get; init; }

    public OrganizationRef Organization => new(OrganizationId, OrganizationName, OrganizationShortName);

    public required string BodyName { get; init; }

    public DateOnly? Date { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public required MeetingState State { get; init; }

    public string? Location { get; init; }

    /// <summary>
    /// Non-deleted meetings of non-deleted organizations as summaries. Flat member initialisation (no constructor)
    /// keeps the projection composable, so callers can still filter, order and page on the database.
    /// </summary>
    internal static IQueryable<MeetingSummary> Query(AppDbContext db) =>
        from m in db.Meetings.AsNoTracking()
        where !m.Deleted
        join o in db.Organizations on m.OrganizationId equals o.Id
        where !o.Deleted
        join b in db.Bodies on o.BodyId equals b.Id
        where !b.Deleted
        select new MeetingSummary
        {
            Id = m.Id,
            Name = m.Name,
            SessionNumber = m.SessionNumber,
            OrganizationId = o.Id,
            OrganizationName = o.Name,
            OrganizationShortName = o.ShortName,
            BodyName = b.ShortName,
            Date = m.Date,
            StartTime = m.StartTime,
            EndTime = m.EndTime,
            State = m.State,
            Location = db.Locations.Where(l => l.Id == m.LocationId).Select(l => l.Description).FirstOrDefault(),
        };
}
