using Ratsnetz.Common;
using Ratsnetz.Council.Sessions;

namespace Ratsnetz.Council.Meetings;

/// <summary>
/// The invitation (§§ 47, 48 GO NRW): when it went out, whether the meeting is urgent (shorter Ladungsfrist), and the
/// rule that once it is out the agenda changes only with a reason, and grows only by urgent items.
/// </summary>
public sealed partial class Meeting
{
    /// <summary>Why the meeting is urgent (Dringlichkeit); null for an ordinary meeting with the normal Ladungsfrist.</summary>
    public string? UrgencyReason { get; private set; }

    /// <summary>The day the invitation was dispatched; null until then.</summary>
    public DateOnly? InvitationSentOn { get; private set; }

    public bool IsUrgent => UrgencyReason is not null;

    public bool IsInvitationSent => InvitationSentOn is not null;

    /// <summary>Marks the meeting urgent with its reason, or ordinary again with null.</summary>
    public Result SetUrgency(string? reason)
    {
        if (State is MeetingState.Cancelled or MeetingState.Held)
        {
            return new ConflictError("meeting.not_plannable", "Only a planned meeting can change its urgency.");
        }

        UrgencyReason = Text.Clean(reason);
        return Result.Success;
    }

    /// <summary>Records the dispatch day (a correction may move it); the meeting is then "invited".</summary>
    public Result RecordInvitationDispatch(DateOnly sentOn)
    {
        if (Date is not { } date)
        {
            return new ValidationError("invitation.meeting_undated", "A meeting needs a date before it is invited to.", "sentOn");
        }

        if (sentOn > date)
        {
            return new ValidationError("invitation.after_meeting", "An invitation cannot go out after the meeting.", "sentOn");
        }

        var invited = State == MeetingState.Invited ? Result.Success : MarkInvited();
        if (invited.IsError)
        {
            return invited;
        }

        InvitationSentOn = sentOn;
        return Result.Success;
    }

    /// <summary>Whether the invitation met the body's Ladungsfrist; null until it is dispatched to a dated meeting.</summary>
    public InvitationTimeliness? CheckInvitation(InvitationPolicy policy) =>
        InvitationSentOn is { } sent && Date is { } date ? InvitationTimeliness.Check(policy, sent, date, IsUrgent) : null;

    /// <summary>After dispatch every agenda change needs a reason, which goes to the audit log with the change.</summary>
    public Result CheckAgendaChange(string? reason)
    {
        if (State == MeetingState.Cancelled)
        {
            return new ConflictError("agenda.meeting_cancelled", "A cancelled meeting's agenda cannot change.");
        }

        return IsInvitationSent && Text.Clean(reason) is null
            ? new ValidationError("agenda.change_reason_required", "The invitation has been sent: give a reason for the change.", "reason")
            : Result.Success;
    }
}
