namespace Ratsnetz.Council.Meetings;

public enum MeetingState
{
    /// <summary>Scheduled, invitation not yet sent.</summary>
    Planned = 1,

    /// <summary>Invitation sent (eingeladen).</summary>
    Invited = 2,

    /// <summary>The meeting took place (durchgeführt).</summary>
    Held = 3,

    /// <summary>Called off (abgesagt).</summary>
    Cancelled = 4,
}
