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

    private const int StartChars = 4_096;

    private const int RegionChars = 8_192;

    public static IReadOnlyList<SnippetPart> Highlight(string text, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);
        var (words, matches) = SnippetMatches.Find(text, stems);
        return Mark(text, words, matches, 0, words.Count, ellipsis: false);
    }

    /// <summary>
    /// The window of about <see cref="WindowWords"/> words with the most distinct matches near where the text first holds
    /// every stem, or the text's start.
    /// </summary>
    public static IReadOnlyList<SnippetPart> Passage(string text, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);

        // File texts run to 200,000 characters, and a page of twenty of them is a megabyte. Only the stretch around the
        // point where every stem has been seen in the raw text (RegionChars either side) is folded and searched for the
        // window: a window holding every stem ends after that point, and at about 200 characters a window it lies well
        // inside the stretch when the stems stand together anywhere near it. Reading the whole text, in growing pieces,
        // until such a window turned up cost "Gemeinderat Stadtbahn" 50 ms a page on the Karlsruhe texts, whose first
        // "Stadtbahn" may stand pages away from the first "Gemeinderat". A text in which some stem does not appear at
        // all is read no further than its start.
        var seen = SnippetMatches.FirstSeen(text, stems);
        var (from, to) = seen < 0
            ? (0, WordEnd(text, StartChars))
            : (WordStart(text, seen - RegionChars), WordEnd(text, seen + RegionChars));
        var (words, matches) = SnippetMatches.Find(text, from, to, stems);
        if (words.Count == 0)
        {
            return [];
        }

        var (bestStart, _) = BestWindow(matches, stems.Count);

        // Start a few words before the first match, so the passage reads as a sentence and not as a bare hit.
        var first = Array.FindIndex(matches, bestStart, m => m is not null);
        if (first > bestStart + 4)
        {
            bestStart = Math.Min(first - 4, Math.Max(0, words.Count - WindowWords));
        }

        var end = Math.Min(words.Count, bestStart + WindowWords);
        return Mark(text, words, matches, bestStart, end, ellipsis: true);
    }

    // The first word boundary at or after the position (a word cut in two is left out).
    private static int WordStart(string text, int position)
    {
        var start = Math.Max(0, position);
        while (start > 0 && start < text.Length && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return start;
    }

    // The last word boundary at or before the position.
    private static int WordEnd(string text, int position)
    {
        var end = Math.Min(text.Length, position);
        while (end > 0 && end < text.Length && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]))
        {
            end--;
        }

        return end;
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
        var plain = new StringBuilder(ellipsis && HasWordBefore(text, words[from].Start) ? "… " : string.Empty);
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
        if (ellipsis && HasWordAfter(text, end))
        {
            plain.Append(" …");
        }

        if (plain.Length > 0)
        {
            parts.Add(new SnippetPart(plain.ToString(), false));
        }

        return parts;
    }

    // Whether the passage leaves words out before or after it (then it gets an ellipsis); the scan stops at the first
    // letter or digit, which is next to the passage unless only punctuation and spaces follow.
    private static bool HasWordBefore(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWordAfter(string text, int position)
    {
        for (var i = position; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Line breaks and runs of spaces from extracted PDF text would break the snippet's flow.
    private static string Flatten(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
