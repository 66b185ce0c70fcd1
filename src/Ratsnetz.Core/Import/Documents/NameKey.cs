using System.Globalization;
using System.Text;

namespace Ratsnetz.Import.Documents;

/// <summary>
/// A comparison key for names: lower case, without diacritics (Özkir = Oezkir = Ozkir), ß as ss, hyphens and
/// punctuation as spaces, academic titles dropped.
/// </summary>
public static class NameKey
{
    private static readonly string[] Titles = ["dr", "prof", "med", "rer", "nat", "phil", "ing", "dipl"];

    /// <param name="transliterate">ä → ae as Germans spell without umlauts; false strips the dots instead (ä → a), as OCR drops them.</param>
    public static string Of(string name, bool transliterate = true)
    {
        var lowered = name.Trim().ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
        if (transliterate)
        {
            lowered = lowered.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal);
        }

        var builder = new StringBuilder(lowered.Length);
        foreach (var c in lowered.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var tokens = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !Titles.Contains(t));
        return string.Join(' ', tokens);
    }

    /// <summary>Levenshtein distance, for OCR slips such as "Glrbiz" for "Gürbiz".</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
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
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
