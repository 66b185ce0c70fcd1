using PdfSharp.Pdf;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// Renders a laid-out document as an A4 PDF with PDFsharp: wrapped text, page breaks (tables repeat their header
/// row), the document's running header on each page and "Seite n von m" at the foot.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(LaidOutDocument document)
    {
        SystemFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "Ratsnetz";
        var writer = new PdfPageWriter(pdf, document.RunningHeader);
        foreach (var block in document.Blocks)
        {
            writer.Write(block);
        }

        writer.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }
}
