using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Locations;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>Corrects the header of an imported meeting: date, times, session number and location (as written).</summary>
public sealed record CorrectMeetingHeader(int ImportId, Viewer Viewer, DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? SessionNumber, string? Location);

public sealed class CorrectMeetingHeaderHandler(AppDbContext db, NonPublicAccess access, AuditLog audit)
{
    public async Task<Result> HandleAsync(CorrectMeetingHeader command, CancellationToken ct)
    {
        var target = await ReviewTarget.LoadAsync(db, access, command.ImportId, command.Viewer, ct);
        var meeting = target.IsError ? target.Error! : target.Value.RequireMeeting();
        if (meeting.IsError)
        {
            return meeting.Error!;
        }

        var m = meeting.Value;
        var before = (m.Date, m.StartTime, m.EndTime, m.SessionNumber, Location: await DescriptionAsync(m.LocationId, ct));
        var location = Text.Clean(command.Location);
        // An unused location row is harmless, so it may be saved before the correction itself.
        var locationId = location == before.Location ? m.LocationId
            : location is null ? null : await LocationIdAsync(m.OrganizationId, location, ct);
        var number = m.SetSessionNumber(command.SessionNumber);
        var timing = number.IsError ? number : m.Reschedule(command.Date, command.Start, command.End);
        if (timing.IsError)
        {
            return timing;
        }

        m.SetLocation(locationId);

        var scope = target.Value.Audit;
        audit.Changed(scope, "Meeting", m.Id, "date", before.Date, m.Date);
        audit.Changed(scope, "Meeting", m.Id, "start", before.StartTime, m.StartTime);
        audit.Changed(scope, "Meeting", m.Id, "end", before.EndTime, m.EndTime);
        audit.Changed(scope, "Meeting", m.Id, "session_number", before.SessionNumber, m.SessionNumber);
        audit.Changed(scope, "Meeting", m.Id, "location", before.Location, location);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    private Task<string?> DescriptionAsync(int? locationId, CancellationToken ct) =>
        db.Locations.Where(l => l.Id == locationId).Select(l => l.Description).FirstOrDefaultAsync(ct);

    // Locations are shared within a municipality: reuse one written the same way before creating another.
    private async Task<int> LocationIdAsync(int organizationId, string description, CancellationToken ct)
    {
        var bodyId = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.BodyId).SingleAsync(ct);
        var existing = await db.Locations.FirstOrDefaultAsync(l => l.BodyId == bodyId && l.Description == description && !l.Deleted, ct);
        if (existing is not null)
        {
            return existing.Id;
        }

        var created = new Location(bodyId, description);
        db.Locations.Add(created);
        await db.SaveChangesAsync(ct);
        return created.Id;
    }
}
