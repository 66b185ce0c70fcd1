namespace Ratsnetz.Search;

/// <summary>A word in a text: where it stands in the original and its folded form.</summary>
public readonly record struct WordToken(int Start, int Length, string Folded);

/// <summary>
/// Splits text into words: runs of letters and digits. Hyphens and slashes separate words, so "Integrations-Konzept"
/// yields two words; paper references like "146/2021" are searched as substrings instead (see <see cref="SearchQuery"/>).
/// </summary>
public static class WordTokens
{
    public static IEnumerable<WordToken> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return new WordToken(start, i - start, GermanFolding.Fold(text[start..i]));
                start = -1;
            }
        }
    }

    /// <summary>The stems of a text's words, separated by spaces: what the token index holds.</summary>
    public static string Stems(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : string.Join(' ', Read(text).Select(w => GermanStemmer.Stem(w.Folded)));
}
