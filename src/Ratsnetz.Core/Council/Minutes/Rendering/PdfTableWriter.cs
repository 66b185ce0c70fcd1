using PdfSharp.Drawing;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>A table with wrapped cells; a row that does not fit goes to the next page with the header row repeated.</summary>
internal sealed class PdfTableWriter(PdfPageWriter page)
{
    public void Write(TableBlock table)
    {
        var widths = ColumnWidths(table);
        // The caption never stands alone at the foot of a page: it moves on with the header row and the first row.
        var firstRow = table.Rows.Count > 0 ? Height(Cells(table.Rows[0], widths, page.Body)) : 0;
        page.EnsureSpace((2 * page.Body.Height) + Height(Cells(table.Headers, widths, page.Bold)) + firstRow + 4);
        page.Write(new ParagraphBlock(table.Caption, Emphasis: true));
        WriteRow(table.Headers, widths, page.Bold);
        foreach (var row in table.Rows)
        {
            var lines = Cells(row, widths, page.Body);
            if (page.EnsureSpace(Height(lines)))
            {
                WriteRow(table.Headers, widths, page.Bold);
            }

            Draw(lines, widths, page.Body);
        }

        page.Y += 6;
    }

    private void WriteRow(IReadOnlyList<string> cells, double[] widths, XFont font)
    {
        var lines = Cells(cells, widths, font);
        page.EnsureSpace(Height(lines) + page.Body.Height);
        Draw(lines, widths, font);
    }

    private List<List<string>> Cells(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        cells.Select((cell, i) => page.Wrap(cell, font, widths[i] - (2 * PdfPageWriter.Padding))).ToList();

    private double Height(List<List<string>> lines) => (lines.Max(l => l.Count) * page.Body.Height) + (2 * PdfPageWriter.Padding);

    private void Draw(List<List<string>> lines, double[] widths, XFont font)
    {
        var height = Height(lines);
        var x = PdfPageWriter.Left;
        for (var i = 0; i < lines.Count; i++)
        {
            page.Graphics.DrawRectangle(XPens.Gray, x, page.Y, widths[i], height);
            var y = page.Y + PdfPageWriter.Padding;
            foreach (var line in lines[i])
            {
                page.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + PdfPageWriter.Padding, y), XStringFormats.TopLeft);
                y += font.Height;
            }

            x += widths[i];
        }

        page.Y += height;
    }

    /// <summary>Columns share the width by their longest content, but none is narrower than its header word.</summary>
    private double[] ColumnWidths(TableBlock table)
    {
        var gfx = page.Graphics;
        var count = table.Headers.Count;
        var minimum = table.Headers.Select(h => Math.Min(gfx.MeasureString(h.Split(' ')[0], page.Bold).Width + (2 * PdfPageWriter.Padding) + 2, page.ContentWidth / count)).ToArray();
        var natural = Enumerable.Range(0, count)
            .Select(i => table.Rows.Select(r => i < r.Count ? r[i] : string.Empty).Append(table.Headers[i])
                .Max(text => gfx.MeasureString(text, page.Body).Width) + (2 * PdfPageWriter.Padding))
            .ToArray();
        if (natural.Sum() <= page.ContentWidth)
        {
            var spare = (page.ContentWidth - natural.Sum()) / count;
            return natural.Select(w => w + spare).ToArray();
        }

        var free = page.ContentWidth - minimum.Sum();
        var extra = natural.Select((w, i) => Math.Max(0, w - minimum[i])).ToArray();
        var total = extra.Sum();
        return minimum.Select((m, i) => m + (total == 0 ? free / count : free * extra[i] / total)).ToArray();
    }
}
