using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>Writes blocks top to bottom onto A4 pages, starting a new page whenever the next piece does not fit.</summary>
internal sealed class PdfPageWriter
{
    private const double Margin = 56; // 2 cm
    private const double HeaderHeight = 28;
    private const double FooterHeight = 24;
    private const double CellPadding = 3;

    private readonly PdfDocument _pdf;
    private readonly string _runningHeader;
    private readonly XFont _body = new(SystemFontResolver.Family, 10, XFontStyleEx.Regular);
    private readonly XFont _bold = new(SystemFontResolver.Family, 10, XFontStyleEx.Bold);
    private readonly XFont _small = new(SystemFontResolver.Family, 8, XFontStyleEx.Regular);
    private XGraphics? _gfx;
    private double _y;

    public PdfPageWriter(PdfDocument pdf, string runningHeader)
    {
        _pdf = pdf;
        _runningHeader = runningHeader;
        NewPage();
    }

    private XGraphics Gfx => _gfx!;

    private double Width => Right - Margin;

    private double Right => _pdf.Pages[^1].Width.Point - Margin;

    private double Bottom => _pdf.Pages[^1].Height.Point - Margin - FooterHeight;

    public void Write(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var font = new XFont(SystemFontResolver.Family, heading.Level switch { 1 => 16, 2 => 13, _ => 11 }, XFontStyleEx.Bold);
                var lines = Wrap(heading.Text, font, Width);
                // A heading never stands alone at the foot of a page: keep room for two lines after it.
                EnsureSpace((lines.Count * font.Height) + (3 * _body.Height) + 8);
                _y += heading.Level == 1 ? 0 : 6;
                DrawLines(lines, font, Margin);
                _y += 4;
                break;
            case ParagraphBlock paragraph:
                DrawWrapped(paragraph.Text, paragraph.Emphasis ? _bold : _body, Margin, Width);
                _y += 4;
                break;
            case FactsBlock facts:
                var labelWidth = facts.Facts.Max(f => Gfx.MeasureString(f.Label + ":", _bold).Width) + 8;
                foreach (var (label, value) in facts.Facts)
                {
                    var valueLines = Wrap(value, _body, Width - labelWidth);
                    EnsureSpace(_body.Height);
                    Gfx.DrawString(label + ":", _bold, XBrushes.Black, new XPoint(Margin, _y), XStringFormats.TopLeft);
                    DrawLines(valueLines, _body, Margin + labelWidth);
                }

                _y += 4;
                break;
            case ListBlock list:
                foreach (var item in list.Items)
                {
                    EnsureSpace(_body.Height);
                    Gfx.DrawString("•", _body, XBrushes.Black, new XPoint(Margin + 4, _y), XStringFormats.TopLeft);
                    DrawWrapped(item, _body, Margin + 16, Width - 16);
                }

                _y += 4;
                break;
            case TableBlock table:
                new PdfTableWriter(this).Write(table);
                break;
            case SignatureBlock signatures:
                WriteSignatures(signatures);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    /// <summary>Adds header and page numbers to every page once the page count is known.</summary>
    public void Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = _pdf.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var right = page.Width.Point - Margin;
            gfx.DrawString(_runningHeader, _small, XBrushes.DimGray, new XPoint(Margin, Margin - 20), XStringFormats.TopLeft);
            gfx.DrawLine(XPens.Gray, Margin, Margin - 6, right, Margin - 6);
            var footer = $"{GermanText.Page} {i + 1} {GermanText.Of} {count}";
            gfx.DrawString(footer, _small, XBrushes.DimGray, new XPoint(right, page.Height.Point - Margin), XStringFormats.TopRight);
        }
    }

    internal XFont Body => _body;

    internal XFont Bold => _bold;

    internal static double Left => Margin;

    internal double ContentWidth => Width;

    internal double Y { get => _y; set => _y = value; }

    internal XGraphics Graphics => Gfx;

    internal static double Padding => CellPadding;

    /// <summary>Starts a new page when <paramref name="height"/> does not fit; returns whether it did.</summary>
    internal bool EnsureSpace(double height)
    {
        if (_y + height <= Bottom || _y <= Margin + HeaderHeight)
        {
            return false;
        }

        NewPage();
        return true;
    }

    internal List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Gfx.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = BreakLongWord(word, font, width, lines);
            }

            lines.Add(line);
        }

        return lines;
    }

    private string BreakLongWord(string word, XFont font, double width, List<string> lines)
    {
        var rest = word;
        while (rest.Length > 1 && Gfx.MeasureString(rest, font).Width > width)
        {
            var take = rest.Length - 1;
            while (take > 1 && Gfx.MeasureString(rest[..take], font).Width > width)
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }

    private void DrawWrapped(string text, XFont font, double x, double width) => DrawLines(Wrap(text, font, width), font, x);

    private void DrawLines(List<string> lines, XFont font, double x)
    {
        foreach (var line in lines)
        {
            EnsureSpace(font.Height);
            Gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, _y), XStringFormats.TopLeft);
            _y += font.Height;
        }
    }

    private void WriteSignatures(SignatureBlock signatures)
    {
        var count = Math.Max(1, signatures.Lines.Count);
        var gap = 24.0;
        var columnWidth = (Width - (gap * (count - 1))) / count;
        EnsureSpace(40 + (3 * _body.Height));
        _y += 36;
        var top = _y;
        for (var i = 0; i < signatures.Lines.Count; i++)
        {
            var (role, name, signed) = signatures.Lines[i];
            var x = Margin + (i * (columnWidth + gap));
            Gfx.DrawLine(XPens.Black, x, top, x + columnWidth, top);
            var y = top + 2;
            foreach (var (text, font) in new[] { (name ?? string.Empty, _body), (role, _bold), (signed ?? GermanText.NotSigned, _small) })
            {
                Gfx.DrawString(text, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
                y += font.Height;
            }
        }

        _y = top + 2 + (3 * _body.Height);
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin + HeaderHeight - 20;
    }
}
