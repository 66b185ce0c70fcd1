using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;

namespace Ratsnetz.Import.Review;

/// <summary>
/// One import as staff review it: the document text line by line beside the facts it produced, each fact with the
/// lines it came from, uncertain person matches, and the history of corrections.
/// </summary>
public sealed record ImportReview(
    int ImportId,
    string SourceName,
    string DocumentType,
    DateTime ImportedAt,
    DateTime? ReviewedAt,
    string? ReviewedBy,
    bool IsSuperseded,
    IReadOnlyList<string> Lines,
    ReviewMeeting? Meeting,
    IReadOnlyList<ReviewUncertainty> Uncertainties,
    IReadOnlyList<AuditRecord> History)
{
    public bool IsReviewed => ReviewedAt is not null;
}

/// <summary>1-based, inclusive lines of the document text.</summary>
public sealed record LineLink(int First, int Last);

public sealed record ReviewMeeting(
    int Id,
    string OrganizationName,
    string BodyName,
    int? SessionNumber,
    DateOnly? Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Location,
    IReadOnlyDictionary<string, LineLink> HeaderSources,
    bool NonPublicVisible,
    IReadOnlyList<ReviewAttendance> Attendance,
    IReadOnlyList<ReviewAgendaItem> Agenda)
{
    /// <summary>The lines a header field came from; the header as a whole (the date) when the field has none of its own.</summary>
    public LineLink? SourceOf(string field) => HeaderSources.GetValueOrDefault(field) ?? HeaderSources.GetValueOrDefault("date");
}

public sealed record ReviewAttendance(
    int Id,
    PersonRef Person,
    AttendanceStatus Status,
    AttendanceRole Role,
    string? Group,
    TimeOnly? From,
    TimeOnly? Until,
    string? FromAgendaNumber,
    string? UntilAgendaNumber,
    PersonRef? SubstituteFor,
    LineLink? Source,
    string? Uncertainty);

/// <summary>An agenda item; <see cref="Title"/> is null for a non-public item the reviewer may not see.</summary>
public sealed record ReviewAgendaItem(
    int Id,
    string? Number,
    bool IsPublic,
    string? Title,
    PaperSummary? Paper,
    DecisionOutcome? Outcome,
    VoteCounts? Votes,
    LineLink? Source,
    LineLink? DecisionSource,
    IReadOnlyList<ReviewSpeaker> Speakers)
{
    public bool IsWithheld => Title is null;
}

public sealed record ReviewSpeaker(int ContributionId, PersonRef Person, LineLink? Source, string? Uncertainty);

public sealed record ReviewUncertainty(PersonRef Person, string Field, string Reason, LineLink? Source);

public sealed record AuditRecord(DateTime At, string UserId, string Action, string EntityType, int EntityId, string? Field, string? OldValue, string? NewValue);
