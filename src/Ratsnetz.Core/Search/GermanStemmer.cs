using System.Text;

namespace Ratsnetz.Search;

/// <summary>
/// The Snowball German stemmer (snowballstem.org/algorithms/german), applied to folded words (umlauts already written
/// as ae/oe/ue), so "Integrationskonzepte" and "Integrationskonzept" share the stem "integrationskonzept". Written
/// here because both engines must stem alike: SQLite has no German stemmer, and PostgreSQL's would differ in details
/// (ADR 0015). It only removes endings, so a stem is always a prefix of its folded word.
/// </summary>
public static class GermanStemmer
{
    private const string Vowels = "aeiouy";

    public static string Stem(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length < 3 || !folded.All(char.IsAsciiLetterLower))
        {
            return folded;
        }

        var word = new StringBuilder(folded);
        MarkConsonantUAndY(word);
        var r1 = RegionAfterConsonantFollowingVowel(word, 0);
        var r2 = RegionAfterConsonantFollowingVowel(word, r1);
        r1 = Math.Max(r1, 3);

        Step1(word, r1);
        Step2(word, r1);
        Step3(word, r1, r2);
        return word.ToString().Replace('U', 'u').Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    // u and y between vowels act as consonants ("bauen", "Bayern").
    private static void MarkConsonantUAndY(StringBuilder word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if ((word[i] == 'u' || word[i] == 'y') && IsVowel(word[i - 1]) && IsVowel(word[i + 1]))
            {
                word[i] = char.ToUpperInvariant(word[i]);
            }
        }
    }

    private static int RegionAfterConsonantFollowingVowel(StringBuilder word, int from)
    {
        for (var i = from + 1; i < word.Length; i++)
        {
            if (!IsVowel(word[i]) && IsVowel(word[i - 1]))
            {
                return i + 1;
            }
        }

        return word.Length;
    }

    private static void Step1(StringBuilder word, int r1)
    {
        var suffix = Longest(word, "ern", "em", "er", "en", "es", "e", "s");
        if (suffix is null || word.Length - suffix.Length < r1)
        {
            return;
        }

        if (suffix == "s")
        {
            if (word.Length >= 2 && "bdfghklmnrt".Contains(word[^2], StringComparison.Ordinal))
            {
                word.Length -= 1;
            }

            return;
        }

        word.Length -= suffix.Length;
        if (suffix is "en" or "es" or "e" && EndsWith(word, "niss"))
        {
            word.Length -= 1;
        }
    }

    private static void Step2(StringBuilder word, int r1)
    {
        var suffix = Longest(word, "est", "en", "er", "st");
        if (suffix is null || word.Length - suffix.Length < r1)
        {
            return;
        }

        if (suffix == "st")
        {
            // st after a valid ending letter that itself has at least three letters before it.
            if (word.Length >= 6 && "bdfghklmnt".Contains(word[^3], StringComparison.Ordinal))
            {
                word.Length -= 2;
            }

            return;
        }

        word.Length -= suffix.Length;
    }

    private static void Step3(StringBuilder word, int r1, int r2)
    {
        var suffix = Longest(word, "isch", "keit", "heit", "lich", "end", "ung", "ig", "ik");
        if (suffix is null || word.Length - suffix.Length < r2)
        {
            return;
        }

        var before = word.Length - suffix.Length;
        switch (suffix)
        {
            case "end" or "ung":
                word.Length = before;
                if (EndsWith(word, "ig") && word.Length - 2 >= r2 && !(word.Length >= 3 && word[^3] == 'e'))
                {
                    word.Length -= 2;
                }

                break;
            case "ig" or "ik" or "isch":
                if (!(before >= 1 && word[before - 1] == 'e'))
                {
                    word.Length = before;
                }

                break;
            case "lich" or "heit":
                word.Length = before;
                if ((EndsWith(word, "er") || EndsWith(word, "en")) && word.Length - 2 >= r1)
                {
                    word.Length -= 2;
                }

                break;
            case "keit":
                word.Length = before;
                if (EndsWith(word, "lich") && word.Length - 4 >= r2)
                {
                    word.Length -= 4;
                }
                else if (EndsWith(word, "ig") && word.Length - 2 >= r2)
                {
                    word.Length -= 2;
                }

                break;
        }
    }

    private static string? Longest(StringBuilder word, params string[] suffixes)
    {
        string? found = null;
        foreach (var suffix in suffixes)
        {
            if (EndsWith(word, suffix) && (found is null || suffix.Length > found.Length))
            {
                found = suffix;
            }
        }

        return found;
    }

    private static bool EndsWith(StringBuilder word, string suffix)
    {
        if (word.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (word[word.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }
}
