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

    public static IReadOnlyList<SnippetPart> Highlight(string text, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);
        var (words, matches) = SnippetMatches.Find(text, stems);
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
        var seen = SnippetMatches.FirstSeen(text, stems);
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

    // Null when the text has no words, or when everyStem is asked for and no window (ending before the text does)
    // holds every stem.
    private static List<SnippetPart>? WindowIn(string text, IReadOnlyList<string> stems, bool everyStem)
    {
        var (words, matches) = SnippetMatches.Find(text, stems);
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
