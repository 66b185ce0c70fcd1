using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>The invitation of a meeting as the staff page shows it: deadline, dispatch, and whether it was late.</summary>
public sealed record InvitationStatus(
    int MeetingId,
    DateOnly? MeetingDate,
    string? UrgencyReason,
    InvitationPolicy Policy,
    DateOnly? Latest,
    DateOnly? SentOn,
    int? DaysBefore,
    bool IsLate);

/// <summary>Asks for the invitation status of a meeting.</summary>
public sealed record GetInvitationStatus(Viewer Viewer, int MeetingId);

public sealed class GetInvitationStatusHandler(AppDbContext db)
{
    public async Task<Result<InvitationStatus>> HandleAsync(GetInvitationStatus query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var target = await ManagedMeeting.LoadAsync(db, query.Viewer, query.MeetingId, ct);
        return target.IsError ? target.Error! : await InvitationStatusReader.ReadAsync(db, target.Value.Meeting, ct);
    }
}

internal static class InvitationStatusReader
{
    public static async Task<InvitationStatus> ReadAsync(AppDbContext db, Meeting meeting, CancellationToken ct)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == meeting.OrganizationId, ct);
        var policy = organization.InvitationPolicy;
        var check = meeting.CheckInvitation(policy);
        var latest = meeting.Date?.AddDays(-policy.DaysFor(meeting.IsUrgent));
        return new InvitationStatus(meeting.Id, meeting.Date, meeting.UrgencyReason, policy, latest, meeting.InvitationSentOn, check?.DaysBefore, check?.IsLate ?? false);
    }
}
