using System.Text;
using Ratsnetz.Common;

namespace Ratsnetz.Documents.Reading;

/// <summary>
/// Reads a PDF's text layer with <c>pdftotext -layout</c> and sends pages without one (scans) through OCR, page by page,
/// so that a report with a scanned signature page still keeps its exact text layer elsewhere.
/// </summary>
internal sealed class PdfTextExtractor(IExternalTools tools, DocumentReaderOptions options, OcrRecognizer ocr)
{
    public async Task<Result<DocumentContent>> ReadAsync(string pdfPath, string name, Func<string> workDirectory, CancellationToken cancellationToken)
    {
        if (!tools.IsAvailable(ToolNames.PdfToText))
        {
            return DocumentReadError.ToolMissing(ToolNames.PdfToText, ToolNames.Poppler);
        }

        var run = await tools.RunAsync(ToolNames.PdfToText, ["-layout", "-enc", "UTF-8", pdfPath, "-"], options.PdfTextTimeout, cancellationToken);
        if (run.TimedOut)
        {
            return DocumentReadError.TimedOut(ToolNames.PdfToText, name, options.PdfTextTimeout);
        }

        if (!run.Succeeded)
        {
            return PdfProblem(ToolNames.PdfToText, run, name);
        }

        // pdftotext ends every page with a form feed.
        var pages = run.Output.Split('\f').ToList();
        if (pages.Count > 1 && string.IsNullOrWhiteSpace(pages[^1]))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        var scanned = Enumerable.Range(0, pages.Count).Where(i => Letters(pages[i]) < options.MinLettersPerPage).ToList();
        if (scanned.Count == 0 || !options.Ocr)
        {
            return Finish(pages, TextSource.PdfTextLayer, 0, name, run.Error);
        }

        if (scanned.Count > options.MaxOcrPages)
        {
            return DocumentReadError.TooManyPages(name, scanned.Count, options.MaxOcrPages);
        }

        if (await ocr.CheckAsync(needsRasteriser: true, cancellationToken) is { } missing)
        {
            return missing;
        }

        var directory = workDirectory();
        foreach (var index in scanned)
        {
            var recognised = await ocr.RecognizePdfPageAsync(pdfPath, index + 1, directory, name, cancellationToken);
            if (recognised.IsError)
            {
                return recognised.Error!;
            }

            // Keep whichever is longer: a page with a few real words in its layer beats OCR noise of an empty page.
            if (Letters(recognised.Value) > Letters(pages[index]))
            {
                pages[index] = recognised.Value;
            }
        }

        return Finish(pages, TextSource.Ocr, scanned.Count, name, run.Error);
    }

    internal static DocumentReadError PdfProblem(string tool, ToolRun run, string name)
    {
        // pdftotext exits 1 ("Incorrect password") for a user password and 3 for permission problems.
        if (run.ExitCode == 3 || run.Error.Contains("password", StringComparison.OrdinalIgnoreCase)
                              || run.Error.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentReadError.Encrypted(name);
        }

        return run.ExitCode is 1 or 99 || run.Error.Contains("Syntax Error", StringComparison.Ordinal)
            ? DocumentReadError.Damaged(name, OcrRecognizer.FirstLine(run.Error))
            : DocumentReadError.ToolFailed(tool, name, $"Exit-Code {run.ExitCode}: {OcrRecognizer.FirstLine(run.Error)}");
    }

    private static Result<DocumentContent> Finish(List<string> pages, TextSource source, int ocrPages, string name, string warnings)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            text.Append(page.TrimEnd()).Append("\n\n");
        }

        var normalized = PlainTextDecoder.Normalize(text.ToString().TrimEnd() + "\n");
        if (Letters(normalized) > 0)
        {
            return new DocumentContent(normalized, source, DocumentKind.Pdf, Pages: pages.Count, OcrPages: ocrPages);
        }

        // Poppler repairs what it can and says so on stderr; nothing readable plus complaints means a broken file.
        return warnings.Contains("Error", StringComparison.Ordinal)
            ? DocumentReadError.Damaged(name, OcrRecognizer.FirstLine(warnings))
            : DocumentReadError.NoText(name);
    }

    internal static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }
}
