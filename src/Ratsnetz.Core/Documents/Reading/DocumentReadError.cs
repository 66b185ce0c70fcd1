using Ratsnetz.Common;

namespace Ratsnetz.Documents.Reading;

/// <summary>Why a document could not be read. Front doors map the failure, not the message text.</summary>
public enum DocumentReadFailure
{
    NotFound,
    Unreadable,
    Empty,
    TooLarge,
    Unsupported,
    Damaged,
    Encrypted,
    NoText,
    ToolMissing,
    ToolFailed,
    TimedOut,
}

/// <summary>
/// A document that could not be turned into text. The message is German with the English in parentheses, because
/// operators of the CLI and the import see it verbatim. <paramref name="Package"/> names the Debian package to install
/// when a tool is missing.
/// </summary>
public sealed record DocumentReadError(DocumentReadFailure Failure, string Message, string? Package = null)
    : Error("document." + Failure.ToString().ToLowerInvariant(), Message)
{
    public bool IsMissingTool => Failure == DocumentReadFailure.ToolMissing;

    /// <summary>The input itself is the problem (as opposed to the machine: missing or failing tools).</summary>
    public bool IsBadInput => Failure is DocumentReadFailure.NotFound or DocumentReadFailure.Unreadable or DocumentReadFailure.Empty
        or DocumentReadFailure.TooLarge or DocumentReadFailure.Unsupported or DocumentReadFailure.Damaged
        or DocumentReadFailure.Encrypted or DocumentReadFailure.NoText;

    internal static DocumentReadError NotFound(string name) =>
        new(DocumentReadFailure.NotFound, $"Datei nicht gefunden (file not found): {name}");

    internal static DocumentReadError Unreadable(string name, string detail) =>
        new(DocumentReadFailure.Unreadable, $"Die Datei kann nicht gelesen werden (cannot open file): {name}: {detail}");

    internal static DocumentReadError Empty(string name) =>
        new(DocumentReadFailure.Empty, $"Die Datei ist leer (the file is empty): {name}");

    internal static DocumentReadError TooLarge(string name, long size, long limit) =>
        new(DocumentReadFailure.TooLarge,
            $"Die Datei ist zu groß: {Megabytes(size)} MB, erlaubt sind {Megabytes(limit)} MB (file too large): {name}");

    internal static DocumentReadError TooManyPages(string name, int pages, int limit) =>
        new(DocumentReadFailure.TooLarge,
            $"Zu viele Seiten für die Texterkennung: {pages}, erlaubt sind {limit} (too many pages to OCR): {name}");

    internal static DocumentReadError Unsupported(string name, string what) =>
        new(DocumentReadFailure.Unsupported,
            $"Dateiart wird nicht unterstützt: {what}; lesbar sind Text, PDF, PNG, JPEG und TIFF (unsupported file kind): {name}");

    internal static DocumentReadError Damaged(string name, string detail) =>
        new(DocumentReadFailure.Damaged, $"Die PDF-Datei ist beschädigt oder unvollständig (damaged or truncated PDF): {name}: {detail}");

    internal static DocumentReadError Encrypted(string name) =>
        new(DocumentReadFailure.Encrypted,
            $"Die PDF-Datei ist verschlüsselt oder kennwortgeschützt (encrypted PDF): {name}");

    internal static DocumentReadError NoText(string name) =>
        new(DocumentReadFailure.NoText, $"Im Dokument wurde kein Text gefunden, auch nicht per Texterkennung (no text found, not even by OCR): {name}");

    internal static DocumentReadError ToolMissing(string tool, string package) =>
        new(DocumentReadFailure.ToolMissing,
            $"Das Programm '{tool}' fehlt; bitte das Debian-Paket installieren: apt-get install {package} (missing tool, install package {package})",
            package);

    internal static DocumentReadError ToolFailed(string tool, string name, string detail) =>
        new(DocumentReadFailure.ToolFailed, $"'{tool}' ist bei {name} fehlgeschlagen (tool failed): {detail}");

    internal static DocumentReadError TimedOut(string tool, string name, TimeSpan limit) =>
        new(DocumentReadFailure.TimedOut,
            $"'{tool}' hat bei {name} länger als {limit.TotalSeconds:0} s gebraucht und wurde abgebrochen (timed out)");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
