namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Decides whether two spellings name the same person: "Özkir" and "Aziz Özkir", "Cakir" and "Ismail Cakir",
/// and OCR variants one or two letters apart ("Özki" for "Özkir").
/// </summary>
internal static class NameMatcher
{
    public static bool SamePerson(string a, string b)
    {
        var fa = Tokens(a);
        var fb = Tokens(b);
        if (fa.Length == 0 || fb.Length == 0)
        {
            return false;
        }

        if (fa.SequenceEqual(fb))
        {
            return true;
        }

        // A surname alone matches a full name ending in it.
        var (shorter, longer) = fa.Length <= fb.Length ? (fa, fb) : (fb, fa);
        if (shorter.Length < longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter))
        {
            return true;
        }

        return shorter.Length == longer.Length && Close(string.Join(' ', fa), string.Join(' ', fb));
    }

    /// <summary>The surname of a full name: its last word, or the whole name when it is a single word.</summary>
    public static string Surname(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !Vocabulary.IsAcademicTitle(t)).ToArray();
        return tokens.Length == 0 ? name : tokens[^1];
    }

    /// <summary>Edit distance at most 1 for short names, 2 for longer ones.</summary>
    public static bool Close(string a, string b)
    {
        var limit = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        if (Math.Abs(a.Length - b.Length) > limit || Math.Min(a.Length, b.Length) < 4)
        {
            return false;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > limit)
            {
                return false;
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length] <= limit;
    }

    private static string[] Tokens(string name) => TextCleaner.Fold(name)
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(t => !Vocabulary.IsAcademicTitle(t) && t != "dr." && t != "prof.")
        .ToArray();
}
