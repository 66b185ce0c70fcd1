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

/// <summary>Records the day the invitation went out; the answer says whether it met the Ladungsfrist.</summary>
public sealed record RecordInvitationDispatch(Viewer Viewer, int MeetingId, DateOnly SentOn);

public sealed class RecordInvitationDispatchHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<InvitationStatus>> HandleAsync(RecordInvitationDispatch command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var before = (meeting.InvitationSentOn, meeting.State);
        var recorded = meeting.RecordInvitationDispatch(command.SentOn);
        if (recorded.IsError)
        {
            return recorded.Error!;
        }

        audit.Changed(target.Value.Audit, "Meeting", meeting.Id, "invitation_sent_on", before.InvitationSentOn, meeting.InvitationSentOn);
        audit.Changed(target.Value.Audit, "Meeting", meeting.Id, "state", before.State, meeting.State);
        await db.SaveChangesAsync(ct);
        return await InvitationStatusReader.ReadAsync(db, meeting, ct);
    }
}

/// <summary>Marks a meeting urgent (shorter Ladungsfrist) with its reason, or ordinary again with no reason.</summary>
public sealed record SetMeetingUrgency(Viewer Viewer, int MeetingId, string? Reason);

public sealed class SetMeetingUrgencyHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(SetMeetingUrgency command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedMeeting.LoadAsync(db, command.Viewer, command.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var before = meeting.UrgencyReason;
        var set = meeting.SetUrgency(command.Reason);
        if (set.IsError)
        {
            return set;
        }

        audit.Changed(target.Value.Audit, "Meeting", meeting.Id, "urgency_reason", before, meeting.UrgencyReason);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}

/// <summary>A body's own Ladungsfrist (days, urgent days); both null return to the default of 7 and 3 days.</summary>
public sealed record SetInvitationPolicy(Viewer Viewer, int OrganizationId, int? Days, int? UrgentDays);

public sealed class SetInvitationPolicyHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(SetInvitationPolicy command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!StaffAccess.IsStaff(command.Viewer))
        {
            return SessionAccess.StaffOnly;
        }

        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == command.OrganizationId && !o.Deleted, ct);
        if (organization is null)
        {
            return new NotFoundError("organization.not_found", $"There is no organization {command.OrganizationId}.");
        }

        if (!StaffAccess.MayManage(command.Viewer, organization.Id))
        {
            return SessionAccess.NotAssigned;
        }

        InvitationPolicy? policy = null;
        if (command.Days is not null || command.UrgentDays is not null)
        {
            var created = InvitationPolicy.Create(command.Days ?? 0, command.UrgentDays ?? 0);
            if (created.IsError)
            {
                return created.Error!;
            }

            policy = created.Value;
        }

        var before = organization.InvitationPolicy;
        organization.SetInvitationPolicy(policy);
        var scope = new AuditScope(command.Viewer.UserId!, $"Organization:{organization.Id}");
        audit.Changed(scope, "Organization", organization.Id, "invitation_days", before.Days, organization.InvitationPolicy.Days);
        audit.Changed(scope, "Organization", organization.Id, "urgent_invitation_days", before.UrgentDays, organization.InvitationPolicy.UrgentDays);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
