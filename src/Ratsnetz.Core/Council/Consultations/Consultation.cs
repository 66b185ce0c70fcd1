using Ratsnetz.Common;

namespace Ratsnetz.Council.Consultations;

/// <summary>
/// That a paper is (to be) dealt with by an organization, at a meeting and agenda item where known (Beratungsfolge).
/// </summary>
public sealed class Consultation : Entity
{
    private Consultation()
    {
    }

    private Consultation(int paperId, int? organizationId, int? meetingId, int? agendaItemId, string? role, bool authoritative)
    {
        PaperId = paperId;
        OrganizationId = organizationId;
        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        Role = role;
        Authoritative = authoritative;
    }

    public int PaperId { get; private set; }

    public int? OrganizationId { get; private set; }

    public int? MeetingId { get; private set; }

    public int? AgendaItemId { get; private set; }

    /// <summary>Purpose as the body names it: Beratung, Entscheidung, Kenntnisnahme, Vorberatung.</summary>
    public string? Role { get; private set; }

    /// <summary>Whether this organization takes the final decision.</summary>
    public bool Authoritative { get; private set; }

    public static Result<Consultation> Create(int paperId, int? organizationId, int? meetingId, int? agendaItemId, string? role = null, bool authoritative = false)
    {
        if (organizationId is null && meetingId is null)
        {
            return new ValidationError("consultation.target_required", "A consultation names an organization or a meeting.");
        }

        if (agendaItemId is not null && meetingId is null)
        {
            return new ValidationError("consultation.item_without_meeting", "An agenda item belongs to a meeting; name the meeting too.");
        }

        return new Consultation(paperId, organizationId, meetingId, agendaItemId, Text.Clean(role), authoritative);
    }

    /// <summary>Re-points the consultation under the same rules as <see cref="Create"/>; the paper stays.</summary>
    public Result Revise(int? organizationId, int? meetingId, int? agendaItemId, string? role, bool authoritative)
    {
        var revised = Create(PaperId, organizationId, meetingId, agendaItemId, role, authoritative);
        if (revised.IsError)
        {
            return revised.Error!;
        }

        OrganizationId = organizationId;
        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        Role = revised.Value.Role;
        Authoritative = authoritative;
        return Result.Success;
    }
}
