using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Scoring;

/// <summary>
/// The normalisation of SCHEMA.md "How answers are compared": Unicode NFC, case folding (ß → ss), hyphenated line
/// breaks joined, white space collapsed. Names are additionally compared without diacritics.
/// </summary>
public static partial class ScoringText
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var composed = value.Normalize(NormalizationForm.FormC);
        var joined = HyphenatedBreak().Replace(composed, "$1$2");
        var folded = joined.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
        return Whitespace().Replace(folded, " ").Trim();
    }

    /// <summary>Normalised, then without accents and with the letters OCR and keyboards swap (ı/i, ø/o, ł/l).</summary>
    public static string FoldDiacritics(string normalized)
    {
        var decomposed = normalized.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'ı' => 'i',
                'ø' => 'o',
                'ł' => 'l',
                'đ' => 'd',
                _ => c,
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Levenshtein distance, two rows: names are short.</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Dice overlap of the words (diacritics folded) of two texts, 0..1; used to pair decisions by their text.</summary>
    public static double WordOverlap(string? a, string? b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<string> Words(string? text) =>
        WordPattern().Matches(FoldDiacritics(Normalize(text))).Select(m => m.Value).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    // "Integrations-\nrat" → "Integrationsrat"; not before "und"/"oder" ("Haupt-\nund Finanzausschuss").
    [GeneratedRegex(@"(\p{L})-[ \t]*\r?\n\s*(?!(?:und|oder|bzw)\b)(\p{Ll})")]
    private static partial Regex HyphenatedBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
