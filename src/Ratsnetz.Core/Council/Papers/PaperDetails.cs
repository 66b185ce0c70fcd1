using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Papers;

public sealed record PaperDetails(
    int Id,
    string? Reference,
    string Name,
    string PaperType,
    DateOnly? Date,
    bool IsPublic,
    string? Summary,
    string BodyName,
    IReadOnlyList<PaperOriginatorEntry> Originators,
    IReadOnlyList<ConsultationEntry> Consultations,
    IReadOnlyList<FileSummary> Files)
{
    /// <summary>The proposed resolution of a motion or statement submitted through Ratsnetz.</summary>
    public string? Request { get; init; }

    public string? Justification { get; init; }
}

/// <summary>Who submitted the paper: a person, an organization, or a person for an organization.</summary>
public sealed record PaperOriginatorEntry(PersonRef? Person, OrganizationRef? Organization, string? Function);

/// <summary>
/// One step of the paper's way through the bodies (Beratungsfolge). Agenda items on the paper that have no
/// consultation record are shown as steps too, with no role.
/// </summary>
public sealed record ConsultationEntry(
    OrganizationRef? Organization,
    MeetingSummary? Meeting,
    int? AgendaItemId,
    string? AgendaNumber,
    bool? AgendaItemIsPublic,
    string? Role,
    bool Authoritative);
