using Ratsnetz.Common;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// A body's Ladungsfrist from its rules of procedure (§ 47 Abs. 2 GO NRW leaves it to them): typically the invitation
/// must be sent on the 7th day before the meeting, in urgent cases on the 3rd.
/// </summary>
public sealed record InvitationPolicy(int Days, int UrgentDays)
{
    public static readonly InvitationPolicy Default = new(7, 3);

    public static Result<InvitationPolicy> Create(int days, int urgentDays)
    {
        if (days < 1 || urgentDays < 1)
        {
            return new ValidationError("invitation.deadline_not_positive", "A Ladungsfrist is at least one day.", "days");
        }

        if (urgentDays > days)
        {
            return new ValidationError("invitation.urgent_longer", "The urgent Ladungsfrist cannot be longer than the normal one.", "urgentDays");
        }

        return new InvitationPolicy(days, urgentDays);
    }

    public int DaysFor(bool urgent) => urgent ? UrgentDays : Days;
}

/// <summary>Whether an invitation went out in time, and by how many days it missed or met the deadline.</summary>
public sealed record InvitationTimeliness(DateOnly Dispatched, DateOnly MeetingDate, int DaysBefore, int RequiredDays, DateOnly Latest)
{
    public bool IsLate => DaysBefore < RequiredDays;

    /// <summary>Counts calendar days from dispatch to the meeting day: sent on the 28th for the 4th is 7 days.</summary>
    public static InvitationTimeliness Check(InvitationPolicy policy, DateOnly dispatched, DateOnly meetingDate, bool urgent)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var required = policy.DaysFor(urgent);
        return new InvitationTimeliness(dispatched, meetingDate, meetingDate.DayNumber - dispatched.DayNumber, required, meetingDate.AddDays(-required));
    }
}
