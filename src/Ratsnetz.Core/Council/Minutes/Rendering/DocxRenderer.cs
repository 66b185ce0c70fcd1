using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// Renders a laid-out document as a Word file (OpenXML): real heading styles (so the navigation pane and screen
/// readers see the structure), tables with a header row repeated on each page, the running header and page numbers.
/// </summary>
public static class DocxRenderer
{
    public static byte[] Render(LaidOutDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Creator = "Ratsnetz";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(DocxParts.Paragraph(document.RunningHeader, "Header"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(DocxParts.PageNumbers());

            var body = new Body();
            foreach (var block in document.Blocks)
            {
                body.Append(DocxParts.For(block));
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
