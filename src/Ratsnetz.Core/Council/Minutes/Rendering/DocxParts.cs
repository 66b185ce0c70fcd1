using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>The Word elements for each kind of block.</summary>
internal static class DocxParts
{
    public static IEnumerable<OpenXmlElement> For(Block block) => block switch
    {
        HeadingBlock heading => [Paragraph(heading.Text, heading.Level == 1 ? "Title" : $"Heading{heading.Level - 1}")],
        ParagraphBlock paragraph => [Paragraph(paragraph.Text, null, paragraph.Emphasis)],
        FactsBlock facts => facts.Facts.Select(f => new Paragraph(Run(f.Label + ": ", bold: true), Run(f.Value))),
        ListBlock list => list.Items.Select(item => Paragraph("• " + item, "ListParagraph")),
        TableBlock table => [Paragraph(table.Caption, "Caption", bold: true), Table(table)],
        SignatureBlock signatures => [Signatures(signatures)],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block."),
    };

    public static Paragraph Paragraph(string text, string? style, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text, bold));
        return paragraph;
    }

    /// <summary>"Seite n von m" from Word's own PAGE and NUMPAGES fields, so the numbers follow any later edit.</summary>
    public static Paragraph PageNumbers() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
        Run(GermanText.Page + " "),
        new SimpleField(Run("1")) { Instruction = " PAGE " },
        Run(" " + GermanText.Of + " "),
        new SimpleField(Run("1")) { Instruction = " NUMPAGES " });

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(TableBlock block)
    {
        var border = () => new[]
        {
            (OpenXmlElement)new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U },
        };
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(border()),
            new TableCaption { Val = block.Caption }));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(block.Headers.Select(h => new TableCell(Paragraph(h, null, bold: true))));
        table.Append(header);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            tableRow.Append(row.Select(cell => new TableCell(Paragraph(cell, null))));
            table.Append(tableRow);
        }

        return table;
    }

    private static Table Signatures(SignatureBlock block)
    {
        var row = new TableRow();
        foreach (var (role, name, signed) in block.Lines)
        {
            row.Append(new TableCell(
                new Paragraph(),
                new Paragraph(),
                Paragraph("______________________________", null),
                Paragraph(name ?? string.Empty, null),
                Paragraph(role, null, bold: true),
                Paragraph(signed ?? GermanText.NotSigned, null)));
        }

        return new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }), row);
    }
}
