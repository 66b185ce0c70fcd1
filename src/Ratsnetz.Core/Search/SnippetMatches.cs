using System.Text;
using System.Text.RegularExpressions;

namespace Ratsnetz.Search;

/// <summary>Where a query's stems stand in a text, for <see cref="Snippets"/>: found without folding word by word.</summary>
internal static class SnippetMatches
{
    /// <summary>
    /// The words of a text (runs of letters and digits, as <see cref="WordTokens"/> reads them) and, per word, the first
    /// stem its folded form contains (a stem under three characters must be the whole word). The text is folded once,
    /// char by char, and each stem found with a vectorised search, instead of folding every word: on a file text of
    /// some thousand words that was most of a search request's time. A stem is letters and digits, so an occurrence
    /// lies within one word.
    /// </summary>
    public static (List<(int Start, int Length)> Words, string?[] Matches) Find(string text, IReadOnlyList<string> stems) =>
        Find(text, 0, text.Length, stems);

    /// <summary>As <see cref="Find(string, IReadOnlyList{string})"/> for the part [from, to) of the text, which starts and
    /// ends between words; the words' positions are the text's.</summary>
    public static (List<(int Start, int Length)> Words, string?[] Matches) Find(string text, int from, int to, IReadOnlyList<string> stems)
    {
        // Folding writes two letters for an umlaut or ß: room for that up front spares the builder its growing.
        var folded = new StringBuilder(((to - from) * 5 / 4) + 16);
        var foldedAt = new int[to - from + 1];
        var words = new List<(int Start, int Length)>();
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            foldedAt[i - from] = folded.Length;
            var c = i < to ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                // The common case first: ASCII needs no table lookup and folds to its lower case.
                start = start < 0 ? i : start;
                folded.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
            }
            else if (c >= 128 && char.IsLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                GermanFolding.AppendFolded(folded, c);
            }
            else
            {
                if (start >= 0)
                {
                    words.Add((start, i - start));
                    start = -1;
                }

                folded.Append(' ');
            }
        }

        var matches = new string?[words.Count];
        var haystack = folded.ToString();
        var wordStarts = words.Select(w => foldedAt[w.Start - from]).ToArray();
        foreach (var stem in stems)
        {
            for (var at = haystack.IndexOf(stem, StringComparison.Ordinal); at >= 0 && stem.Length > 0; at = haystack.IndexOf(stem, at + 1, StringComparison.Ordinal))
            {
                var index = Array.BinarySearch(wordStarts, at);
                index = index >= 0 ? index : ~index - 1;
                if (index < 0)
                {
                    continue;
                }

                var (wordStart, wordLength) = words[index];
                var wholeWord = at == foldedAt[wordStart - from] && at + stem.Length == foldedAt[wordStart - from + wordLength];
                if (matches[index] is null && (stem.Length >= 3 || wholeWord))
                {
                    matches[index] = stem;
                }
            }
        }

        return (words, matches);
    }

    /// <summary>
    /// Where the last of the stems first appears in the raw text (found with a case-insensitive search that takes an
    /// umlaut or ß for its two-letter form), or -1 when one of them does not appear. Other accents are not undone here,
    /// so a stem found only through one ("cafe" in "Café") is not highlighted in a text longer than the first piece.
    /// </summary>
    public static int FirstSeen(string text, IReadOnlyList<string> stems)
    {
        var last = 0;
        foreach (var stem in stems)
        {
            // The static Match keeps the parsed pattern in Regex's own cache: every hit of a page asks for the same
            // stems, and building the pattern anew for each was a sixth of a snippet's time.
            var match = Regex.Match(text, RawPattern(stem), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (!match.Success)
            {
                return -1;
            }

            last = Math.Max(last, match.Index + match.Length);
        }

        return last;
    }

    private static string RawPattern(string stem)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < stem.Length; i++)
        {
            var pair = i + 1 < stem.Length ? stem.Substring(i, 2) : string.Empty;
            var umlaut = pair switch { "ae" => "ä", "oe" => "ö", "ue" => "ü", "ss" => "ß", _ => null };
            if (umlaut is null)
            {
                pattern.Append(Regex.Escape(stem[i].ToString()));
            }
            else
            {
                pattern.Append("(?:").Append(pair).Append('|').Append(umlaut).Append(')');
                i++;
            }
        }

        return pattern.ToString();
    }
}
