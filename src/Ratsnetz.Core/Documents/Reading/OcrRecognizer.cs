using Ratsnetz.Common;

namespace Ratsnetz.Documents.Reading;

/// <summary>Recognises text in images and in single PDF pages (rasterised by pdftoppm) with tesseract.</summary>
internal sealed class OcrRecognizer(IExternalTools tools, DocumentReaderOptions options)
{
    private bool _languageChecked;

    /// <summary>Null when tesseract and its language data are there; otherwise the error naming the package.</summary>
    public async Task<DocumentReadError?> CheckAsync(bool needsRasteriser, CancellationToken cancellationToken)
    {
        if (needsRasteriser && !tools.IsAvailable(ToolNames.PdfToPpm))
        {
            return DocumentReadError.ToolMissing(ToolNames.PdfToPpm, ToolNames.Poppler);
        }

        if (!tools.IsAvailable(ToolNames.Tesseract))
        {
            return DocumentReadError.ToolMissing(ToolNames.Tesseract, $"{ToolNames.TesseractPackage} {ToolNames.LanguagePackage(options.OcrLanguage)}");
        }

        if (!_languageChecked)
        {
            // Without the language data tesseract fails on every page with a cryptic message; say it once, clearly.
            var languages = await tools.RunAsync(ToolNames.Tesseract, ["--list-langs"], TimeSpan.FromSeconds(30), cancellationToken);
            var installed = (languages.Output + "\n" + languages.Error).Split('\n', StringSplitOptions.TrimEntries);
            if (!installed.Contains(options.OcrLanguage, StringComparer.Ordinal))
            {
                return DocumentReadError.ToolMissing($"{ToolNames.Tesseract} ({options.OcrLanguage})", ToolNames.LanguagePackage(options.OcrLanguage));
            }

            _languageChecked = true;
        }

        return null;
    }

    public async Task<Result<string>> RecognizeImageAsync(string imagePath, string name, CancellationToken cancellationToken)
    {
        var run = await tools.RunAsync(
            ToolNames.Tesseract,
            [imagePath, "stdout", "-l", options.OcrLanguage, "-c", "preserve_interword_spaces=1"],
            options.OcrPageTimeout,
            cancellationToken);
        if (run.TimedOut)
        {
            return DocumentReadError.TimedOut(ToolNames.Tesseract, name, options.OcrPageTimeout);
        }

        return run.Succeeded ? run.Output : ImageProblem(run, name);
    }

    /// <summary>Rasterises one page (1-based) into <paramref name="workDirectory"/> and recognises it.</summary>
    public async Task<Result<string>> RecognizePdfPageAsync(string pdfPath, int page, string workDirectory, string name, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(workDirectory, $"page-{page}");
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var raster = await tools.RunAsync(
            ToolNames.PdfToPpm,
            ["-r", options.OcrResolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", pdfPath, prefix],
            options.OcrPageTimeout,
            cancellationToken);
        if (raster.TimedOut)
        {
            return DocumentReadError.TimedOut(ToolNames.PdfToPpm, name, options.OcrPageTimeout);
        }

        var image = prefix + ".png";
        if (!raster.Succeeded || !File.Exists(image))
        {
            return PdfTextExtractor.PdfProblem(ToolNames.PdfToPpm, raster, name);
        }

        try
        {
            return await RecognizeImageAsync(image, name, cancellationToken);
        }
        finally
        {
            File.Delete(image);
        }
    }

    // Tesseract (Leptonica) fails on images it cannot decode: that is a damaged file, not a broken tool.
    private static DocumentReadError ImageProblem(ToolRun run, string name)
    {
        var detail = FirstLine(run.Error);
        return detail.Contains("Error in", StringComparison.Ordinal) || detail.Contains("read", StringComparison.OrdinalIgnoreCase)
               || detail.Contains("Image file", StringComparison.Ordinal)
            ? new DocumentReadError(DocumentReadFailure.Damaged, $"Das Bild ist beschädigt oder unlesbar (damaged image): {name}: {detail}")
            : DocumentReadError.ToolFailed(ToolNames.Tesseract, name, detail);
    }

    internal static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Estimating resolution", StringComparison.Ordinal)
                                 && !l.StartsWith("Tesseract Open Source", StringComparison.Ordinal));
        return line is null ? "(keine Meldung)" : line.Length > 200 ? line[..200] : line;
    }
}
