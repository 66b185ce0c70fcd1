using System.Globalization;
using System.Text;

namespace Ratsnetz.Bench;

/// <summary>
/// The smallest PDF that shows text: one A4 page, Helvetica, WinAnsi encoding (covers German umlauts), with a
/// correct cross-reference table so real readers open it. Characters outside Latin-1 become '?'.
/// </summary>
internal static class BenchPdf
{
    private const int LineLength = 90;

    public static byte[] Render(string text)
    {
        var stream = new StringBuilder("BT /F1 10 Tf 56 790 Td 13 TL\n");
        foreach (var paragraph in text.Split('\n'))
        {
            foreach (var line in Wrap(paragraph))
            {
                stream.Append('(').Append(Escape(line)).Append(") Tj T*\n");
            }
        }

        stream.Append("ET");
        var content = stream.ToString();
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {Latin1Length(content)} >>\nstream\n{content}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new int[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets[i] = Latin1Length(pdf);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Latin1Length(pdf);
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    // Latin-1 is one byte per character, so lengths and offsets are character counts.
    private static int Latin1Length(string value) => value.Length;

    private static int Latin1Length(StringBuilder value) => value.Length;

    private static IEnumerable<string> Wrap(string paragraph)
    {
        var rest = paragraph;
        while (rest.Length > LineLength)
        {
            var cut = rest.LastIndexOf(' ', LineLength);
            cut = cut <= 0 ? LineLength : cut;
            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }

        yield return rest;
    }

    private static string Escape(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            _ = c switch
            {
                '(' or ')' or '\\' => escaped.Append('\\').Append(c),
                '–' => escaped.Append('-'),
                '„' or '“' => escaped.Append('"'),
                > 'ÿ' => escaped.Append('?'),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
