using Ratsnetz.Common;

namespace Ratsnetz.Council.Motions;

/// <summary>Refusals shared by motions and statements; each front door turns them into its own answer.</summary>
public static class MotionAccess
{
    public const string MotionType = "Antrag";

    /// <summary>The consultation role of a paper put to a body for its decision.</summary>
    public const string ConsultationRole = "Beratung und Entscheidung";

    public static string Context(int paperId) => $"Paper:{paperId}";

    internal static ForbiddenError MembersOnly => new("motion.members_only", "Only current members of the body submit motions to it.");

    internal static ValidationError MeetingUnknown => new("motion.meeting_unknown", "Choose an upcoming meeting of this body, or none.", "meetingId");

    internal static ValidationError NotIntegrationCouncil => new("statement.not_integration_council", "Only an Integrationsrat passes statements to the council.", "organizationId");

    internal static ValidationError TargetUnknown => new("statement.target_unknown", "Choose the council or one of its committees in the same municipality.", "targetOrganizationId");
}
