using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Character- and line-level clean-up shared by all extractors: line breaks of every platform, invisible
/// characters, markdown emphasis from HTML-to-text converters, and a few OCR slips that are unambiguous in German.
/// </summary>
internal static partial class TextCleaner
{
    public static string CleanCharacters(string text)
    {
        text = RepairMojibake(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append('\n');
                    break;
                case '\n' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\t':
                    sb.Append('\t');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '*' when i + 1 < text.Length && text[i + 1] == '*':
                    i++;
                    break;
                default:
                    sb.Append(char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>UTF-8 read as Latin-1 ("Ã¼" for "ü"): undone when it is plainly what happened.</summary>
    private static string RepairMojibake(string text)
    {
        if (Mojibake().Count(text) < 3 || text.Any(c => c > 0xFF && c != '€' && c != '„' && c != '“' && c != '–' && c != '’'))
        {
            return text;
        }

        try
        {
            var bytes = Encoding.Latin1.GetBytes(text);
            var repaired = new UTF8Encoding(false, true).GetString(bytes);
            return repaired;
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }

    public static string CleanLine(string line)
    {
        line = line.Trim();
        if (line.Length >= 9 && SpacedLetters().IsMatch(line))
        {
            line = line.Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        // "Saal Il": OCR reads the Roman numeral II as capital I + small l.
        line = RomanTwo().Replace(line, "II");

        // "eines I einer": a lone capital I between lower-case words is an OCR slash; German has no word "I".
        return OcrSlash().Replace(line, " / ");
    }

    public static string Collapse(string line) => Whitespace().Replace(line, " ").Trim();

    /// <summary>Appends a wrapped line, undoing hyphenation ("Entwicklungsstra-" + "tegie") but keeping "Ein- und".</summary>
    public static void AppendJoined(StringBuilder sb, string line)
    {
        line = line.Trim();
        if (line.Length == 0)
        {
            return;
        }

        if (sb.Length == 0)
        {
            sb.Append(line);
            return;
        }

        if (sb.Length > 1 && sb[^1] == '-' && char.IsLower(sb[^2]) && char.IsLower(line[0]) && !Conjunction().IsMatch(line))
        {
            sb.Length--;
            sb.Append(line);
            return;
        }

        sb.Append(' ').Append(line);
    }

    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            AppendJoined(sb, line);
        }

        return sb.ToString();
    }

    /// <summary>Counts written as digits or as German number words ("einer ungültigen Stimme", "keine").</summary>
    public static int? ParseCount(string token)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n <= 100_000 ? n : null;
        }

        return token.ToLowerInvariant() switch
        {
            "kein" or "keine" or "keiner" or "keinen" => 0,
            "ein" or "eine" or "einer" or "einem" or "einen" => 1,
            "zwei" => 2,
            "drei" => 3,
            "vier" => 4,
            "fünf" => 5,
            "sechs" => 6,
            "sieben" => 7,
            "acht" => 8,
            "neun" => 9,
            "zehn" => 10,
            "elf" => 11,
            "zwölf" => 12,
            _ => null,
        };
    }

    /// <summary>Removes diacritics and folds case, for comparing names that OCR or typists spelt differently.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Replace("ß", "ss", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Ã[\u0080-\u00BF]")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"^(?:\p{L} ){4,}\p{L}$")]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"(?<=\s)Il(?=\s|$)")]
    private static partial Regex RomanTwo();

    [GeneratedRegex(@"(?<=(?:^|\s)\p{Ll}+) I (?=\p{Ll})")]
    private static partial Regex OcrSlash();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:und|oder|bzw\.?|sowie)\b")]
    private static partial Regex Conjunction();
}
