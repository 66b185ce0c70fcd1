using System.Text;
using System.Text.RegularExpressions;

namespace Ratsnetz.Search;

/// <summary>
/// Cuts the passage of a text that best shows why it matched, and marks the matching words. Done in Core from the
/// original text, so both engines show the same snippet and umlauts and capitals stay as written.
/// </summary>
public static partial class Snippets
{
    private const int WindowWords = 28;

    public static IReadOnlyList<SnippetPart> Highlight(string text, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);
        var (words, matches) = FindMatches(text, stems);
        return Mark(text, words, matches, 0, words.Count, ellipsis: false);
    }

    /// <summary>The window of about <see cref="WindowWords"/> words with the most distinct matches, or the text's start.</summary>
    public static IReadOnlyList<SnippetPart> Passage(string text, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);

        // File texts run to 200,000 characters, and reading all of them cost a search page 30 ms, most of it on texts
        // matched by their title only. The first window holding every stem is the answer wherever it lies, so the
        // text's start is read first, in growing pieces, from where every stem has been seen in the raw text on; a
        // text in which some stem does not appear at all is not read beyond its first piece.
        var seen = FirstSeen(text, stems);
        for (var length = Math.Max(StartChars, seen + StartChars); ; length *= 4)
        {
            var end = Math.Min(length, text.Length);
            while (end < text.Length && end > 0 && char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            var last = end == text.Length || seen < 0;
            if (WindowIn(text[..end], stems, everyStem: !last) is { } window)
            {
                return window;
            }

            if (last)
            {
                return [];
            }
        }
    }

    /// <summary>
    /// Where the last of the stems first appears in the raw text (found with a case-insensitive search that takes an
    /// umlaut or ß for its two-letter form), or -1 when one of them does not appear. Other accents are not undone here,
    /// so a stem found only through one ("cafe" in "Café") is not highlighted in a text longer than the first piece.
    /// </summary>
    private static int FirstSeen(string text, IReadOnlyList<string> stems)
    {
        var last = 0;
        foreach (var stem in stems)
        {
            var match = RawPattern(stem).Match(text);
            if (!match.Success)
            {
                return -1;
            }

            last = Math.Max(last, match.Index + match.Length);
        }

        return last;
    }

    private static Regex RawPattern(string stem)
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

        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private const int StartChars = 4_096;

    // Null when the text has no words, or when everyStem is asked for and no window (ending before the text does)
    // holds every stem.
    private static List<SnippetPart>? WindowIn(string text, IReadOnlyList<string> stems, bool everyStem)
    {
        var (words, matches) = FindMatches(text, stems);
        if (words.Count == 0)
        {
            return everyStem ? null : [];
        }

        var (bestStart, bestScore) = BestWindow(matches, stems.Count);

        // Start a few words before the first match, so the passage reads as a sentence and not as a bare hit.
        var first = Array.FindIndex(matches, bestStart, m => m is not null);
        if (first > bestStart + 4)
        {
            bestStart = Math.Min(first - 4, Math.Max(0, words.Count - WindowWords));
        }

        if (everyStem && (bestScore < stems.Count || bestStart + WindowWords >= words.Count))
        {
            return null;
        }

        var end = Math.Min(words.Count, bestStart + WindowWords);
        return Mark(text, words, matches, bestStart, end, ellipsis: true);
    }

    /// <summary>
    /// The words of a text (runs of letters and digits, as <see cref="WordTokens"/> reads them) and, per word, the first
    /// stem its folded form contains (a stem under three characters must be the whole word). The text is folded once,
    /// char by char, and each stem found with a vectorised search, instead of folding every word: on a file text of
    /// some thousand words that was most of a search request's time. A stem is letters and digits, so an occurrence
    /// lies within one word.
    /// </summary>
    private static (List<(int Start, int Length)> Words, string?[] Matches) FindMatches(string text, IReadOnlyList<string> stems)
    {
        var folded = new StringBuilder(text.Length + 16);
        var foldedAt = new int[text.Length + 1];
        var words = new List<(int Start, int Length)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            foldedAt[i] = folded.Length;
            var c = i < text.Length ? text[i] : ' ';
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
        var wordStarts = words.Select(w => foldedAt[w.Start]).ToArray();
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
                var wholeWord = at == foldedAt[wordStart] && at + stem.Length == foldedAt[wordStart + wordLength];
                if (matches[index] is null && (stem.Length >= 3 || wholeWord))
                {
                    matches[index] = stem;
                }
            }
        }

        return (words, matches);
    }

    // A window sliding over the words with a count per matched stem: linear in the text's length (a file text can
    // hold tens of thousands of words, and recounting every window made snippets the slowest part of a search). The
    // first window with the most distinct stems wins; one holding every stem cannot be beaten.
    private static (int Start, int Score) BestWindow(string?[] matches, int stemCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = 0;
        var (bestStart, bestScore) = (0, -1);
        var windows = Math.Max(1, matches.Length - WindowWords + 1);
        for (var i = 0; i < Math.Min(WindowWords, matches.Length); i++)
        {
            distinct += Enter(counts, matches[i]);
        }

        for (var start = 0; start < windows; start++)
        {
            if (start > 0)
            {
                distinct -= Leave(counts, matches[start - 1]);
                if (start + WindowWords - 1 < matches.Length)
                {
                    distinct += Enter(counts, matches[start + WindowWords - 1]);
                }
            }

            if (distinct > bestScore)
            {
                (bestStart, bestScore) = (start, distinct);
            }

            if (bestScore == stemCount)
            {
                break;
            }
        }

        return (bestStart, bestScore);
    }

    private static int Enter(Dictionary<string, int> counts, string? stem)
    {
        if (stem is null)
        {
            return 0;
        }

        var count = counts.GetValueOrDefault(stem);
        counts[stem] = count + 1;
        return count == 0 ? 1 : 0;
    }

    private static int Leave(Dictionary<string, int> counts, string? stem)
    {
        if (stem is null)
        {
            return 0;
        }

        var count = counts[stem] - 1;
        counts[stem] = count;
        return count == 0 ? 1 : 0;
    }

    private static List<SnippetPart> Mark(string text, List<(int Start, int Length)> words, string?[] matches, int from, int to, bool ellipsis)
    {
        var parts = new List<SnippetPart>();
        if (words.Count == 0)
        {
            return parts;
        }

        var position = ellipsis ? words[from].Start : 0;
        var plain = new StringBuilder(ellipsis && from > 0 ? "… " : string.Empty);
        for (var i = from; i < to; i++)
        {
            var word = words[i];
            if (matches[i] is null)
            {
                continue;
            }

            plain.Append(Flatten(text[position..word.Start]));
            if (plain.Length > 0)
            {
                parts.Add(new SnippetPart(plain.ToString(), false));
                plain.Clear();
            }

            parts.Add(new SnippetPart(text.Substring(word.Start, word.Length), true));
            position = word.Start + word.Length;
        }

        var last = words[to - 1];
        var end = ellipsis ? last.Start + last.Length : text.Length;
        plain.Append(Flatten(text[position..end]));
        if (ellipsis && to < words.Count)
        {
            plain.Append(" …");
        }

        if (plain.Length > 0)
        {
            parts.Add(new SnippetPart(plain.ToString(), false));
        }

        return parts;
    }

    // Line breaks and runs of spaces from extracted PDF text would break the snippet's flow.
    private static string Flatten(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
