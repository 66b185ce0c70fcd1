using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratsnetz.Council.Minutes;

/// <summary>Opens a generated Word file with OpenXML and reads it back: paragraphs, heading styles, tables.</summary>
internal sealed record DocxText(IReadOnlyList<string> Paragraphs, IReadOnlyList<(string Style, string Text)> Headings, int Tables)
{
    public string All => string.Join('\n', Paragraphs);

    public static DocxText Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var headings = body.Descendants<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty, Text: p.InnerText))
            .Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal) || p.Style == "Title")
            .ToList();
        return new DocxText(paragraphs, headings, body.Elements<Table>().Count());
    }
}
