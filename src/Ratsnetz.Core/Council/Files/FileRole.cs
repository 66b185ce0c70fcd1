namespace Ratsnetz.Council.Files;

/// <summary>What a file is to the object it belongs to (OParl's invitation, resultsProtocol, mainFile, …).</summary>
public enum FileRole
{
    Invitation = 1,

    /// <summary>Niederschrift / Ergebnisprotokoll.</summary>
    Minutes = 2,

    VerbatimProtocol = 3,

    /// <summary>The paper's own text (OParl mainFile).</summary>
    MainFile = 4,

    /// <summary>A resolution page of one agenda item (OParl resolutionFile).</summary>
    Resolution = 5,

    /// <summary>Attachments, presentations, press articles.</summary>
    Auxiliary = 6,
}
