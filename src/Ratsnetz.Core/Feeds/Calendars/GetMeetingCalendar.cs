using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Feeds.Calendars;

/// <summary>The meetings of a scope as a calendar: everything ahead, and from 400 days back or the latest 100 (see the handler).</summary>
public sealed record GetMeetingCalendar(FeedScope Scope);

/// <remarks>
/// Meeting metadata is public (ADR 0005); of the agenda only public items go into the description, since calendar
/// subscriptions are anonymous. A person's calendar holds the meetings of the organizations they belonged to on
/// the meeting's date and those they attended. Cancelled meetings stay in with STATUS:CANCELLED, so subscribed
/// calendars learn of the cancellation instead of silently losing the entry.
/// </remarks>
public sealed class GetMeetingCalendarHandler(AppDbContext db, TimeProvider clock)
{
    /// <summary>How far back a calendar reaches; older meetings are history, not appointments.</summary>
    public const int DaysBack = 400;

    /// <summary>
    /// A quiet body (or an archive mirrored from elsewhere) may have met long ago only: its calendar still shows its
    /// latest meetings rather than nothing.
    /// </summary>
    public const int AtLeast = 100;

    public const int MaxEvents = 2000;

    public async Task<Result<MeetingCalendar>> HandleAsync(GetMeetingCalendar query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var name = await ScopeNameAsync(query.Scope, ct);
        if (name is null)
        {
            return new NotFoundError("feeds.scope_not_found", "There is no such organization or person.");
        }

        var dated = Meetings(query.Scope).Where(m => m.Date != null);
        var from = MeetingClock.Today(clock).AddDays(-DaysBack);
        var latest = await dated.OrderByDescending(m => m.Date).Skip(AtLeast - 1).Select(m => m.Date).FirstOrDefaultAsync(ct);
        from = latest is not { } floor ? DateOnly.MinValue : floor < from ? floor : from;
        var meetings = dated.Where(m => m.Date >= from);
        var rows = await (
                from m in meetings
                join o in db.Organizations on m.OrganizationId equals o.Id
                orderby m.Date descending, m.StartTime descending, m.Id descending
                select new
                {
                    m.Id, m.Name, m.SessionNumber, OrganizationName = o.Name, m.Date, m.StartTime, m.EndTime, m.TimeZoneId, m.State,
                    m.Created, m.Modified,
                    Location = db.Locations.Where(l => l.Id == m.LocationId).Select(l => l.Description).FirstOrDefault(),
                })
            .Take(MaxEvents)
            .ToListAsync(ct);
        var ids = rows.ConvertAll(r => r.Id);
        var agenda = (await db.AgendaItems.AsNoTracking()
                .Where(i => ids.Contains(i.MeetingId) && i.IsPublic && !i.Deleted)
                .OrderBy(i => i.Order)
                .Select(i => new { i.MeetingId, i.Number, i.Title })
                .ToListAsync(ct))
            .ToLookup(i => i.MeetingId, i => i.Number is null ? i.Title : $"TOP {i.Number}: {i.Title}");
        var events = rows
            .Select(r => new CalendarEvent(
                r.Id, FeedText.MeetingTitle(r.Name, r.SessionNumber, r.OrganizationName), r.Date!.Value, r.StartTime, r.EndTime,
                r.TimeZoneId, r.Location, r.State, r.Created, r.Modified, agenda[r.Id].ToList()))
            .Reverse()
            .ToList();
        return new MeetingCalendar(name, events);
    }

    private IQueryable<Meeting> Meetings(FeedScope scope)
    {
        var live = db.Meetings.AsNoTracking().Where(m => !m.Deleted
            && db.Organizations.Any(o => o.Id == m.OrganizationId && !o.Deleted && db.Bodies.Any(b => b.Id == o.BodyId && !b.Deleted)));
        return scope.Kind switch
        {
            FeedScopeKind.Organization => live.Where(m => m.OrganizationId == scope.Id),
            FeedScopeKind.Person => live.Where(m =>
                db.Attendances.Any(a => a.MeetingId == m.Id && a.PersonId == scope.Id && !a.Deleted)
                || db.Memberships.Any(s => s.PersonId == scope.Id && s.OrganizationId == m.OrganizationId && !s.Deleted
                    && (s.StartDate == null || s.StartDate <= m.Date) && (s.EndDate == null || s.EndDate >= m.Date))),
            _ => live,
        };
    }

    private async Task<string?> ScopeNameAsync(FeedScope scope, CancellationToken ct) => scope.Kind switch
    {
        FeedScopeKind.Organization => await db.Organizations.AsNoTracking().Where(o => o.Id == scope.Id && !o.Deleted)
            .Select(o => "Sitzungen: " + o.Name).FirstOrDefaultAsync(ct),
        FeedScopeKind.Person => await db.People.AsNoTracking().Where(p => p.Id == scope.Id && !p.Deleted)
            .Select(p => new { p.GivenName, p.FamilyName }).FirstOrDefaultAsync(ct) is { } person
            ? "Sitzungen: " + string.Join(' ', new[] { person.GivenName, person.FamilyName }.Where(n => !string.IsNullOrEmpty(n)))
            : null,
        _ => "Sitzungen",
    };
}
