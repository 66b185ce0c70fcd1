namespace Ratsnetz.Documents.Reading;

/// <summary>Limits that keep one bad or absurd document from exhausting memory or time.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>Files above this size are refused before anything is read into memory.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Scanned PDFs with more pages are refused: OCR takes seconds per page.</summary>
    public int MaxOcrPages { get; init; } = 100;

    /// <summary>A PDF page with fewer letters in its text layer is treated as scanned and recognised by OCR.</summary>
    public int MinLettersPerPage { get; init; } = 25;

    /// <summary>Whether pages and images without text go through OCR at all.</summary>
    public bool Ocr { get; init; } = true;

    public string OcrLanguage { get; init; } = "deu";

    public int OcrResolution { get; init; } = 300;

    public TimeSpan PdfTextTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Per page or image: rasterising plus recognition.</summary>
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(120);
}
