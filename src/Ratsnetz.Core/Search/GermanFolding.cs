using System.Globalization;
using System.Text;

namespace Ratsnetz.Search;

/// <summary>
/// One spelling for every way a German word is typed: lower case, umlauts as their two-letter forms (ä → ae, ß → ss),
/// other accents dropped. "Özkir" and "Oezkir" fold to the same word, and a folded word still contains its stem as
/// a prefix, which the substring index relies on (ADR 0015).
/// </summary>
public static class GermanFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                // Runs of white space become one space, so a quoted phrase matches across line breaks.
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            lastWasSpace = false;
            AppendFolded(builder, c);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Appends one character's folded form (one, two or no characters); a word folds char by char.</summary>
    internal static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ä' or 'Ä':
                builder.Append("ae");
                return;
            case 'ö' or 'Ö':
                builder.Append("oe");
                return;
            case 'ü' or 'Ü':
                builder.Append("ue");
                return;
            case 'ß' or 'ẞ':
                builder.Append("ss");
                return;
        }

        if (c < 128)
        {
            builder.Append(char.ToLowerInvariant(c));
            return;
        }

        // é → e, ç → c, ł stays: strip combining marks after canonical decomposition.
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(part));
            }
        }
    }
}
