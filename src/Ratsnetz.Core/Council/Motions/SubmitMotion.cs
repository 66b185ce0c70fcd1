using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Motions;

/// <summary>
/// A member's motion (Antrag) to their body: title, proposed resolution (Beschlussvorschlag) and justification
/// (Begründung), for an upcoming meeting or, without one, for the body to take up. It becomes a paper of type
/// "Antrag" with the member (and the list they sit for) as originator and its consultation at the body or meeting;
/// putting it on the agenda stays with the Geschäftsführung, who plans the agenda.
/// </summary>
public sealed record SubmitMotion(Viewer Viewer, int OrganizationId, int? MeetingId, string Title, string? Request, string? Justification);

public sealed class SubmitMotionHandler(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(SubmitMotion command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = MeetingClock.Today(clock);
        var seat = await SeatAsync(command.Viewer, command.OrganizationId, today, ct);
        if (seat is null)
        {
            return MotionAccess.MembersOnly;
        }

        if (command.MeetingId is { } meetingId && !await db.Meetings.AnyAsync(
                m => m.Id == meetingId && m.OrganizationId == command.OrganizationId && !m.Deleted && m.Date != null && m.Date >= today, ct))
        {
            return MotionAccess.MeetingUnknown;
        }

        var bodyId = await db.Organizations.Where(o => o.Id == command.OrganizationId).Select(o => o.BodyId).SingleAsync(ct);
        var reference = await PaperReferences.NextAsync(db, bodyId, today.Year, ct);
        var created = Paper.Create(bodyId, reference, command.Title, MotionAccess.MotionType, today);
        if (created.IsError)
        {
            return created.Error!;
        }

        var paper = created.Value;
        var text = paper.SetMotionText(command.Request, command.Justification);
        text = text.IsError ? text : paper.AddOriginator(command.Viewer.PersonId, seat.OnBehalfOfId);
        if (text.IsError)
        {
            return text.Error!;
        }

        // The consultation and the entry name the paper's id, which exists only after a first save; one transaction keeps all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Papers.Add(paper);
        await db.SaveChangesAsync(ct);
        db.Consultations.Add(Consultation.Create(paper.Id, command.OrganizationId, command.MeetingId, null, MotionAccess.ConsultationRole, authoritative: true).Value);
        audit.Record(new AuditScope(command.Viewer.UserId!, MotionAccess.Context(paper.Id)), AuditActions.Added, "Paper", paper.Id, null, null,
            $"{paper.PaperType} {paper.Reference}: {paper.Name} → Organization #{command.OrganizationId}"
            + (command.MeetingId is { } m ? $", Meeting #{m}" : string.Empty));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return paper.Id;
    }

    /// <summary>The viewer's seat in the body today; minute takers keep the record but are not members.</summary>
    private async Task<Membership?> SeatAsync(Viewer viewer, int organizationId, DateOnly today, CancellationToken ct) =>
        viewer.IsAnonymous || viewer.PersonId is not { } personId
            ? null
            : await db.Memberships.AsNoTracking()
                .Where(m => m.PersonId == personId && m.OrganizationId == organizationId && !m.Deleted && m.Role != MembershipRole.MinuteTaker)
                .Where(m => (m.StartDate == null || m.StartDate <= today) && (m.EndDate == null || m.EndDate >= today))
                .OrderBy(m => m.Role)
                .FirstOrDefaultAsync(ct);
}
