using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>The few paragraph styles the documents use; headings carry outline levels so Word sees the structure.</summary>
internal static class DocxStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" },
                new FontSize { Val = "21" },
                new Languages { Val = "de-DE" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80" }))),
        Paragraph("Normal", "Normal", null, null, null),
        Paragraph("Title", "Title", 0, "36", "240"),
        Paragraph("Heading1", "heading 1", 0, "28", "240"),
        Paragraph("Heading2", "heading 2", 1, "24", "160"),
        Paragraph("Heading3", "heading 3", 2, "22", "120"),
        Paragraph("Caption", "caption", null, "20", "120"),
        Paragraph("ListParagraph", "List Paragraph", null, null, null),
        Paragraph("Header", "header", null, "16", null));

    private static Style Paragraph(string id, string name, int? outlineLevel, string? size, string? spaceBefore)
    {
        var paragraph = new StyleParagraphProperties();
        if (spaceBefore is not null)
        {
            paragraph.Append(new KeepNext(), new SpacingBetweenLines { Before = spaceBefore, After = "80" });
        }

        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        style.Append(paragraph);
        if (size is not null)
        {
            style.Append(new StyleRunProperties(new Bold(), new FontSize { Val = size }));
        }

        return style;
    }
}
