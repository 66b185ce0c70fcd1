using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>What the planning page of an organization shows: its Ladungsfrist, seats, agenda template and coming meetings.</summary>
public sealed record GetPlanning(Viewer Viewer, int OrganizationId);

public sealed record Planning(
    int OrganizationId,
    string OrganizationName,
    InvitationPolicy Policy,
    bool PolicyIsDefault,
    int? StatutorySeats,
    IReadOnlyList<StandardItemLine> StandardItems,
    IReadOnlyList<PlannedMeeting> Meetings);

public sealed record PlannedMeeting(int Id, DateOnly? Date, TimeOnly? StartTime, string? Name);

public sealed class GetPlanningHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<Planning>> HandleAsync(GetPlanning query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var allowed = await StandardItems.CheckAccessAsync(db, query.Viewer, query.OrganizationId, ct);
        if (allowed.IsError)
        {
            return allowed.Error!;
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == query.OrganizationId, ct);
        var lines = await db.StandardAgendaItems.AsNoTracking()
            .Where(s => s.OrganizationId == query.OrganizationId && !s.Deleted).OrderBy(s => s.Order)
            .Select(s => new StandardItemLine(s.Title, s.IsPublic, s.Placement)).ToListAsync(ct);

        // Staff plan ahead: the page lists meetings from today on, and those without a date.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.OrganizationId == query.OrganizationId && !m.Deleted && (m.Date == null || m.Date >= today))
            .OrderBy(m => m.Date).ThenBy(m => m.Id).Take(50)
            .Select(m => new PlannedMeeting(m.Id, m.Date, m.StartTime, m.Name)).ToListAsync(ct);
        return new Planning(organization.Id, organization.Name, organization.InvitationPolicy, organization.InvitationDays is null,
            organization.StatutorySeats, lines, meetings);
    }
}
