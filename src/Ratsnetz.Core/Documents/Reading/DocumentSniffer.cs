namespace Ratsnetz.Documents.Reading;

/// <summary>Recognises a file by its first bytes, because extensions lie (a ".pdf" that is an HTML error page).</summary>
public static class DocumentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeaderLength = 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static DocumentKind Sniff(ReadOnlySpan<byte> header, out string? description)
    {
        description = null;
        if (header.StartsWith(Png))
        {
            return DocumentKind.Png;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return DocumentKind.Jpeg;
        }

        if (header.StartsWith("II*\0"u8) || header.StartsWith("MM\0*"u8))
        {
            return DocumentKind.Tiff;
        }

        // The PDF specification allows junk before the header as long as it starts within the first 1024 bytes.
        if (header[..Math.Min(header.Length, HeaderLength)].IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        description = KnownBinary(header);
        return description is null ? DocumentKind.PlainText : DocumentKind.Unknown;
    }

    // Formats people plausibly upload instead of a PDF; naming them makes the error actionable.
    private static string? KnownBinary(ReadOnlySpan<byte> header) => header switch
    {
        _ when header.StartsWith("PK\x03\x04"u8) => "ZIP-Archiv oder Office-Dokument (DOCX/ODT) – bitte als PDF exportieren",
        _ when header.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) => "altes Office-Dokument (DOC/XLS) – bitte als PDF exportieren",
        _ when header.StartsWith("GIF8"u8) => "GIF-Bild",
        _ when header.StartsWith("BM"u8) && header.Length > 14 && header[6..10].SequenceEqual(new byte[4]) => "BMP-Bild",
        _ when header.StartsWith("RIFF"u8) => "RIFF-Datei (WebP/AVI/WAV)",
        _ when header.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) => "gzip-Archiv",
        _ when header.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) => "ausführbare Datei",
        _ when header.StartsWith("{\\rtf"u8) => "RTF-Dokument – bitte als PDF oder Text speichern",
        _ => null,
    };
}
