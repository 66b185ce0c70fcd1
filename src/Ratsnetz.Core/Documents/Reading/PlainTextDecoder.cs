using System.Text;
using System.Text.Unicode;

namespace Ratsnetz.Documents.Reading;

/// <summary>
/// Decodes text files of unknown character set: a BOM wins; otherwise valid UTF-8 is UTF-8 (legacy 8-bit German text
/// is almost never valid UTF-8 by accident); otherwise Windows-1252, which agrees with Latin-1 on every printable
/// character and adds „“–€ in 0x80–0x9F, where Latin-1 has only control characters.
/// </summary>
public static class PlainTextDecoder
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Decodes, or returns null when the bytes are not text (NUL bytes or many control characters).</summary>
    public static (string Text, string Encoding)? Decode(ReadOnlySpan<byte> bytes)
    {
        (string, string)? decoded = bytes switch
        {
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) => (Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom"),
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) => (Encoding.Unicode.GetString(bytes[2..]), "utf-16le"),
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) => (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be"),
            _ when bytes.Contains((byte)0) => null,
            _ when Utf8.IsValid(bytes) => (Encoding.UTF8.GetString(bytes), "utf-8"),
            _ => (Windows1252.GetString(bytes), LegacyName(bytes)),
        };
        return decoded is { } result && LooksLikeText(result.Item1) ? result : null;
    }

    /// <summary>Line ends as \n, composed umlauts (NFC), no BOM: the form the extractor and the scorer expect.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\f', '\n');
        var withoutBom = lines.Length > 0 && lines[0] == '\uFEFF' ? lines[1..] : lines;
        return withoutBom.IsNormalized(NormalizationForm.FormC) ? withoutBom : withoutBom.Normalize(NormalizationForm.FormC);
    }

    private static string LegacyName(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is >= 0x80 and <= 0x9F)
            {
                return "windows-1252";
            }
        }

        return "iso-8859-1";
    }

    // Binary files that slip past the magic-byte check decode to many control characters; text has almost none.
    private static bool LooksLikeText(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
            {
                control++;
            }
        }

        return control <= text.Length / 100;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
