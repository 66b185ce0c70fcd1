using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// Schedules meetings of one organization: a single one, or a year's plan (several dates in one call, all or none).
/// Times are local to the body (Europe/Berlin). Each new meeting starts with the organization's standard items.
/// </summary>
public sealed record ScheduleMeetings(Viewer Viewer, int OrganizationId, IReadOnlyList<DateOnly> Dates, TimeOnly? Start, TimeOnly? End = null, string? Name = null);

public sealed class ScheduleMeetingsHandler(AppDbContext db, AuditLog audit)
{
    /// <returns>The new meetings' ids, in date order.</returns>
    public async Task<Result<IReadOnlyList<int>>> HandleAsync(ScheduleMeetings command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!StaffAccess.IsStaff(command.Viewer))
        {
            return SessionAccess.StaffOnly;
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == command.OrganizationId && !o.Deleted, ct))
        {
            return new NotFoundError("organization.not_found", $"There is no organization {command.OrganizationId}.");
        }

        if (!StaffAccess.MayManage(command.Viewer, command.OrganizationId))
        {
            return SessionAccess.NotAssigned;
        }

        if (command.Dates.Count == 0 || command.Dates.Distinct().Count() != command.Dates.Count)
        {
            return new ValidationError("meeting.dates_required", "Give one or more different dates.", "dates");
        }

        var template = await db.StandardAgendaItems.AsNoTracking()
            .Where(t => t.OrganizationId == command.OrganizationId && !t.Deleted).ToListAsync(ct);
        var meetings = new List<Meeting>();
        foreach (var date in command.Dates.Order())
        {
            var created = Meeting.Create(command.OrganizationId, date, command.Start, command.End);
            if (created.IsError)
            {
                return created.Error!;
            }

            created.Value.Describe(command.Name, null);
            created.Value.ApplyStandardItems(template).ThrowIfError();
            meetings.Add(created.Value);
        }

        // The entries need the meetings' ids, which exist only after a first save; one transaction keeps meeting and
        // entry together, as every other change is.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(ct);
        foreach (var meeting in meetings)
        {
            audit.Record(new AuditScope(command.Viewer.UserId!, SessionAccess.Context(meeting.Id)), AuditActions.Added, "Meeting", meeting.Id, null, null,
                $"{AuditLog.Format(meeting.Date)} {AuditLog.Format(meeting.StartTime)}");
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return meetings.Select(m => m.Id).ToList();
    }
}
