using System.Text.Json.Serialization;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// What one council document says, in the shape of the extraction contract (shared/gold/SCHEMA.md). Unknown values
/// stay null: a wrong value costs more than a missing one. Property names serialise in snake_case.
/// </summary>
public sealed record DocumentExtraction
{
    /// <summary>minutes | motion | resolution | agenda | article | unknown.</summary>
    public string Type { get; init; } = "unknown";

    public string? Body { get; init; }

    public string? Municipality { get; init; }

    public int? SessionNumber { get; init; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? Date { get; init; }

    /// <summary>HH:MM.</summary>
    public string? Start { get; init; }

    public string? End { get; init; }

    public string? Location { get; init; }

    public bool? QuorumConfirmed { get; init; }

    public string? Chair { get; init; }

    public string? MinuteTaker { get; init; }

    public IReadOnlyList<ExtractedPerson> Attendees { get; init; } = [];

    public IReadOnlyList<ExtractedPerson> Absent { get; init; } = [];

    public IReadOnlyList<ExtractedAgendaItem> Agenda { get; init; } = [];

    public IReadOnlyList<ExtractedDecision> Decisions { get; init; } = [];

    public IReadOnlyList<ExtractedSpeakers> Speakers { get; init; } = [];

    // Motions (type "motion").
    public string? Title { get; init; }

    public IReadOnlyList<ExtractedPerson>? Submitters { get; init; }

    public string? SubmitterGroup { get; init; }

    public string? SubmittedDate { get; init; }

    public string? TargetBody { get; init; }

    public string? TargetMeetingDate { get; init; }

    public int? TargetSessionNumber { get; init; }

    public string? AgendaNumber { get; init; }

    public string? AgendaTitle { get; init; }

    public string? Paper { get; init; }

    public IReadOnlyList<string>? Request { get; init; }

    public string? JustificationStart { get; init; }

    public IReadOnlyList<string>? SignedBy { get; init; }

    // Articles (type "article").
    public string? Author { get; init; }

    /// <summary>Where each fact came from: field path → line range in the text (provenance for import and review).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, LineRange> Provenance { get; init; } = new Dictionary<string, LineRange>();
}

/// <summary>A person as listed (attendees, absentees, submitters).</summary>
public sealed record ExtractedPerson
{
    /// <summary>As written, without Herr/Frau and offices; academic titles stay.</summary>
    public required string Name { get; init; }

    /// <summary>Herr | Frau | null.</summary>
    public string? Salutation { get; init; }

    public string? Group { get; init; }

    /// <summary>Vorsitz | stellvertretender Vorsitz | ordentliches Mitglied | stellvertretendes Mitglied | beratendes Mitglied | Verwaltung | Gast | Schriftführung | null.</summary>
    public string? Role { get; init; }

    public string? Function { get; init; }

    public string? SubstituteFor { get; init; }

    /// <summary>HH:MM or "TOP n".</summary>
    public string? From { get; init; }

    public string? Until { get; init; }

    /// <summary>Absentees only: true excused, false not excused, null not stated.</summary>
    public bool? Excused { get; init; }
}

public sealed record ExtractedAgendaItem(string Number, bool Public, string Title, string? Paper);

public sealed record ExtractedDecision
{
    public string? AgendaNumber { get; init; }

    public bool Public { get; init; } = true;

    public string? Text { get; init; }

    public int? Yes { get; init; }

    public int? No { get; init; }

    public int? Abstain { get; init; }

    public int? Biased { get; init; }

    /// <summary>einstimmig | angenommen | abgelehnt | zur Kenntnis genommen | vertagt | ungeändert beschlossen | geändert beschlossen | null.</summary>
    public string? Outcome { get; init; }
}

public sealed record ExtractedSpeakers(string? AgendaNumber, bool Public, IReadOnlyList<string> Names);

/// <summary>1-based, inclusive line numbers in the extracted text.</summary>
public sealed record LineRange(int First, int Last);
