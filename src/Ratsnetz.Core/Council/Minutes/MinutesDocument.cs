using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Minutes;

/// <summary>Which minutes: the full record, or the public one without the non-public part (§ 48 GO NRW).</summary>
public enum MinutesVariant
{
    Public = 1,
    Full = 2,
}

/// <summary>
/// The Niederschrift of one meeting as plain data, ready for any renderer. It holds only what the chosen variant may
/// show: a public document has no part B at all, not even item numbers.
/// </summary>
public sealed record MinutesDocument(
    MinutesVariant Variant,
    DocumentHeader Header,
    MinutesStatus Status,
    IReadOnlyList<AttendanceSection> Members,
    IReadOnlyList<AttendanceSection> Others,
    IReadOnlyList<MinutesPerson> Excused,
    IReadOnlyList<MinutesPerson> AbsentWithoutExcuse,
    string? OpeningRemarks,
    IReadOnlyList<MinutesItem> PublicPart,
    IReadOnlyList<MinutesItem> NonPublicPart,
    IReadOnlyList<SignatureLine> Signatures,
    IReadOnlyList<MinutesAddendumEntry> Addenda)
{
    public bool HasNonPublicPart => Variant == MinutesVariant.Full && NonPublicPart.Count > 0;
}

/// <summary>Who meets when and where: the head of invitation and minutes alike.</summary>
public sealed record DocumentHeader(
    string BodyName,
    string OrganizationName,
    int? SessionNumber,
    string? MeetingName,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    string? Location);

/// <summary>Where the minutes stand in their workflow, and when they were published.</summary>
public sealed record MinutesStatus(MinutesState State, DateTime? PublishedAtUtc);

/// <summary>People listed under one heading ("Kamener Migrantenliste (KML)", "Verwaltung"); null when none is given.</summary>
public sealed record AttendanceSection(string? Heading, IReadOnlyList<MinutesPerson> People);

/// <summary>
/// One person as the minutes list them: salutation and name, their role at this meeting, late arrival or early
/// departure (time or agenda item), and whom a substitute stood in for.
/// </summary>
public sealed record MinutesPerson(
    string? Salutation,
    string Name,
    AttendanceRole Role,
    string? Function,
    TimeOnly? From,
    TimeOnly? Until,
    string? FromAgendaNumber,
    string? UntilAgendaNumber,
    string? SubstituteFor)
{
    public string DisplayName => Salutation is null ? Name : $"{Salutation} {Name}";
}

/// <summary>
/// One agenda item with its deliberation, with the bias declarations and the roll call (none for counted or secret
/// votes) that the Sitzungsdienst recorded on it.
/// </summary>
public sealed record MinutesItem(
    string? Number,
    string Title,
    string? PaperReference,
    string? PaperName,
    string? Narrative,
    IReadOnlyList<MinutesSpeaker> Speakers,
    string? ResolutionText,
    VoteCounts? Votes,
    DecisionOutcome? Outcome,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<BiasDeclaration> BiasDeclarations,
    RollCallVote? RollCall);

public sealed record MinutesSpeaker(string Name, string? Note);

/// <summary>A member who declared bias (Befangenheit, § 31 GO NRW) and took no part in the item.</summary>
public sealed record BiasDeclaration(string Name, string? Reason);

/// <summary>A vote by name (namentliche Abstimmung): each member's vote.</summary>
public sealed record RollCallVote(IReadOnlyList<RollCallEntry> Entries);

public sealed record RollCallEntry(string Name, string Vote);

/// <summary>A signature line: the role, the person named in the record, and the recorded signature if given.</summary>
public sealed record SignatureLine(SignatureRole Role, string? Name, DateTime? SignedAtUtc);

/// <summary>A correction after signing: shown at the end, never merged into the text above.</summary>
public sealed record MinutesAddendumEntry(DateTime AtUtc, string AuthorName, string Text, string Reason);
