namespace Ratsnetz.Import.Documents;

/// <summary>
/// Where an imported fact came from: the document import and the line range of its text. Uncertain person matches
/// are flagged here so that review can confirm or correct them.
/// </summary>
public sealed class FactProvenance
{
    private FactProvenance()
    {
        EntityType = string.Empty;
        Field = string.Empty;
    }

    public FactProvenance(int documentImportId, string entityType, int entityId, string field, int firstLine, int lastLine, string? uncertainty = null)
    {
        DocumentImportId = documentImportId;
        EntityType = entityType;
        EntityId = entityId;
        Field = field;
        FirstLine = firstLine;
        LastLine = lastLine;
        Uncertainty = uncertainty;
    }

    public int Id { get; private set; }

    public int DocumentImportId { get; private set; }

    /// <summary>Meeting, AgendaItem, Attendance, Contribution, Paper, Person.</summary>
    public string EntityType { get; private set; }

    public int EntityId { get; private set; }

    /// <summary>The extraction field, e.g. "attendees[3]" or "date".</summary>
    public string Field { get; private set; }

    public int FirstLine { get; private set; }

    public int LastLine { get; private set; }

    /// <summary>Why a match is uncertain (e.g. "surname prefix 'Özki' matched 'Özkir'"); null when certain.</summary>
    public string? Uncertainty { get; private set; }
}
