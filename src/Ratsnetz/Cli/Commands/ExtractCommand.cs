using System.CommandLine;
using System.Text;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Documents.Reading;
using Ratsnetz.Documents.Scoring;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz extract FILE</c>: one document in, one JSON object (shared/gold/SCHEMA.md) out. Needs no database.
/// Exit codes: 0 done, 3 file unreadable or unsupported, 4 a needed tool is missing, 5 a tool failed or timed out.
/// </summary>
internal static class ExtractCommand
{
    public const int Unreadable = 3;
    public const int MissingTool = 4;
    public const int ToolFailed = 5;

    public static Option<int> MaxSizeOption() => new("--max-size")
    {
        Description = "Größte angenommene Datei in MB (largest accepted file)",
        DefaultValueFactory = _ => 64,
    };

    public static Option<bool> NoOcrOption() => new("--no-ocr")
    {
        Description = "Keine Texterkennung für Scans und Bilder (no OCR)",
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Text-, PDF- oder Bilddatei eines Ratsdokuments" };
        var command = new Command("extract", "Liest ein Ratsdokument (Text, PDF, Scan) und gibt die erkannten Angaben als JSON aus");
        var maxSize = MaxSizeOption();
        var noOcr = NoOcrOption();
        var textOnly = new Option<bool>("--text") { Description = "Nur den gelesenen Text ausgeben, ohne Auswertung (print the text as read)" };
        command.Arguments.Add(file);
        command.Options.Add(maxSize);
        command.Options.Add(noOcr);
        command.Options.Add(textOnly);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, ReaderOptions(parse.GetValue(maxSize), parse.GetValue(noOcr)), parse.GetValue(textOnly), ct));
        return command;
    }

    public static DocumentReaderOptions ReaderOptions(int maxSizeMegabytes, bool noOcr) => new()
    {
        MaxBytes = Math.Max(1, maxSizeMegabytes) * 1024L * 1024L,
        Ocr = !noOcr,
    };

    /// <summary>The one place that turns a read failure into a message on stderr and an exit code.</summary>
    public static async Task<int> ReportAsync(DocumentReadError error)
    {
        await Console.Error.WriteLineAsync($"Fehler: {error.Message}");
        return error.Failure switch
        {
            DocumentReadFailure.ToolMissing => MissingTool,
            DocumentReadFailure.ToolFailed or DocumentReadFailure.TimedOut => ToolFailed,
            _ => Unreadable,
        };
    }

    private static async Task<int> RunAsync(FileInfo file, DocumentReaderOptions options, bool textOnly, CancellationToken cancellationToken)
    {
        var read = await new DocumentReader(options).ReadFileAsync(file.FullName, cancellationToken);
        if (read.Error is DocumentReadError error)
        {
            return await ReportAsync(error);
        }

        if (textOnly)
        {
            await WriteAsync(read.Value.Text, cancellationToken);
            return 0;
        }

        DocumentExtraction extraction;
        try
        {
            extraction = new TextDocumentExtractor().Extract(read.Value.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An extractor bug must not look like a bad file; the operator needs something to report.
            await Console.Error.WriteLineAsync($"Fehler: Interner Fehler bei der Auswertung von {file.Name} (internal error): {e.GetType().Name}: {e.Message}");
            return 1;
        }

        await WriteAsync(ExtractionJson.Serialize(extraction) + "\n", cancellationToken);
        return 0;
    }

    // Bytes, not Console.Out: the output is UTF-8 whatever the terminal's code page says.
    private static async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await using var output = Console.OpenStandardOutput();
        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }
}
