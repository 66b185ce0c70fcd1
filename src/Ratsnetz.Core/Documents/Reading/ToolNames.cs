namespace Ratsnetz.Documents.Reading;

/// <summary>The tools the reader starts and the Debian packages that provide them.</summary>
internal static class ToolNames
{
    public const string PdfToText = "pdftotext";
    public const string PdfToPpm = "pdftoppm";
    public const string Tesseract = "tesseract";
    public const string Poppler = "poppler-utils";
    public const string TesseractPackage = "tesseract-ocr";

    public static string LanguagePackage(string language) => "tesseract-ocr-" + language;
}
