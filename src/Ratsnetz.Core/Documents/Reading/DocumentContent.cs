namespace Ratsnetz.Documents.Reading;

/// <summary>How the text of a document was obtained; OCR text carries recognition errors.</summary>
public enum TextSource
{
    /// <summary>A plain text file, decoded.</summary>
    Text,

    /// <summary>The text layer of a PDF (pdftotext).</summary>
    PdfTextLayer,

    /// <summary>Optical character recognition (tesseract), for images and for PDF pages without a text layer.</summary>
    Ocr,
}

/// <summary>What kind of file the content is, judged by its first bytes.</summary>
public enum DocumentKind
{
    Unknown,
    PlainText,
    Pdf,
    Png,
    Jpeg,
    Tiff,
}

/// <summary>
/// The plain text of a document (NFC, \n line ends, pages separated by blank lines) and how it was obtained.
/// <paramref name="Encoding"/> is the detected character set of plain text files; <paramref name="OcrPages"/> counts PDF
/// pages (or images) that went through OCR.
/// </summary>
public sealed record DocumentContent(string Text, TextSource Source, DocumentKind Kind, string? Encoding = null, int Pages = 1, int OcrPages = 0);
