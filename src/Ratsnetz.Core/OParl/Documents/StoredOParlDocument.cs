namespace Ratsnetz.OParl.Documents;

/// <summary>
/// The rendered JSON of one OParl object, with everything it embeds, as the API last wrote it (ADR 0011). A change
/// to the object or to anything it embeds raises <see cref="Generation"/> and clears <see cref="Json"/> in the same
/// transaction; a reader that renders the object again stores it only if the generation it saw is still current,
/// so a slow reader can never put back an older state.
/// </summary>
public sealed class StoredOParlDocument
{
    private StoredOParlDocument()
    {
    }

    public OParlDocumentKind Kind { get; private set; }

    public int Id { get; private set; }

    public long Generation { get; private set; }

    /// <summary>The <see cref="OParlDocumentFormat.Current"/> the JSON was written with; others count as missing.</summary>
    public int Format { get; private set; }

    /// <summary>UTF-8 JSON whose URLs start with <see cref="OParlDocumentFormat.BaseMarker"/>; null when outdated.</summary>
    public byte[]? Json { get; private set; }

    /// <summary>The first 16 bytes of the JSON's SHA-256: answers derive their entity tag from these.</summary>
    public byte[]? Hash { get; private set; }
}
