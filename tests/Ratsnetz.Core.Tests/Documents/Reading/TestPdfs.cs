using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Ratsnetz.Documents.Reading;

/// <summary>
/// Writes small PDFs for the reader tests by hand – a text page in Helvetica, a page that is only a grey image (a scan),
/// an "encrypted" file – so the tests need no PDF library (PDFsharp 6.5 is AGPL and wants a licence call).
/// </summary>
internal static class TestPdfs
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;

    private static readonly Encoding WinAnsi = CreateWinAnsi();

    public static string[] MinutesLines { get; } =
    [
        "Niederschrift über die 3. Sitzung des Integrationsrates",
        "der Stadt Bergkamen am 24.05.2019",
        "Beginn: 17:00 Uhr   Ende: 18:30 Uhr",
        "Anwesend: Herr Aydin Ayyildiz (Vorsitz)",
        "Frau Christine Busch, Beigeordnete",
        "Tagesordnung: Kommunales Integrationsmanagement",
    ];

    /// <summary>One page with a real text layer; <paramref name="encrypted"/> adds a password the reader cannot know.</summary>
    public static byte[] WithTextLayer(IEnumerable<string> lines, bool encrypted = false)
    {
        var content = new StringBuilder("BT /F1 14 Tf 18 TL 60 770 Td\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        }

        content.Append("ET\n");
        var stream = WinAnsi.GetBytes(content.ToString());
        return Write(
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Stream(stream, string.Empty),
            encrypted);
    }

    /// <summary>One page that is only a picture: <paramref name="pgm"/> is a binary greyscale PGM (pdftoppm -gray).</summary>
    public static byte[] ImageOnly(byte[] pgm)
    {
        var (width, height, pixels) = ParsePgm(pgm);
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(pixels.Span);
        }

        var image = Stream(packed.ToArray(), $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode");
        var draw = Ascii(string.Create(CultureInfo.InvariantCulture, $"q {PageWidth} 0 0 {PageHeight} 0 0 cm /Im1 Do Q\n"));
        return Write(image, Stream(draw, string.Empty), encrypted: false, resourceIsImage: true);
    }

    // Objects: 1 catalog, 2 pages, 3 page, 4 font or image, 5 contents, 6 encryption dictionary.
    private static byte[] Write(byte[] resource, byte[] contents, bool encrypted, bool resourceIsImage = false)
    {
        var resources = resourceIsImage ? "/XObject << /Im1 4 0 R >>" : "/Font << /F1 4 0 R >>";
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << {resources} >> /Contents 5 0 R >>")),
            resource,
            contents,
        };
        if (encrypted)
        {
            // A standard security handler whose check values match no password: poppler asks for one and gives up.
            objects.Add(Ascii($"<< /Filter /Standard /V 1 /R 2 /O <{new string('7', 64)}> /U <{new string('3', 64)}> /P -4 >>"));
        }

        using var pdf = new MemoryStream();
        pdf.Write([.. "%PDF-1.4\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        var encryption = encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<{new string('1', 32)}> <{new string('1', 32)}>]" : string.Empty;
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(byte[] data, string dictionary) =>
        [.. Ascii($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];

    private static (int Width, int Height, ReadOnlyMemory<byte> Pixels) ParsePgm(byte[] pgm)
    {
        // "P5" width height maxval, separated by white space, then one byte per pixel.
        var fields = new List<int>();
        var position = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            fields.Add(int.Parse(Encoding.ASCII.GetString(pgm, start, position - start), CultureInfo.InvariantCulture));
        }

        return (fields[0], fields[1], pgm.AsMemory(position + 1, fields[0] * fields[1]));
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static Encoding CreateWinAnsi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
