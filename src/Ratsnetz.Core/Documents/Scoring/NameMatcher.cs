namespace Ratsnetz.Documents.Scoring;

/// <summary>
/// Tolerant name comparison: equal after normalisation, or without diacritics, or within a normalised edit distance of
/// <see cref="MaxDistance"/> (OCR turns "ü" into "ii" and "ä" into "é"). Very short names must match exactly.
/// </summary>
public static class NameMatcher
{
    /// <summary>Largest edit distance, relative to the longer name, still counted as the same name.</summary>
    public const double MaxDistance = 0.2;

    private const int MinLengthForFuzzy = 6;

    /// <summary>1 for the same name, down to 1 - <see cref="MaxDistance"/> for OCR variants, 0 for different names.</summary>
    public static double Similarity(string? gold, string? extracted)
    {
        var a = Key(gold);
        var b = Key(extracted);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var foldedA = ScoringText.FoldDiacritics(a);
        var foldedB = ScoringText.FoldDiacritics(b);
        if (foldedA == foldedB)
        {
            return 0.99;
        }

        var longer = Math.Max(foldedA.Length, foldedB.Length);
        if (Math.Min(foldedA.Length, foldedB.Length) < MinLengthForFuzzy)
        {
            return 0;
        }

        var distance = (double)ScoringText.EditDistance(foldedA, foldedB) / longer;
        return distance <= MaxDistance ? 0.98 - distance : 0;
    }

    /// <summary>The best similarity over the gold alternatives (name and name_clean).</summary>
    public static double Similarity(IEnumerable<string?> goldAlternatives, string? extracted) =>
        goldAlternatives.Select(gold => Similarity(gold, extracted)).DefaultIfEmpty(0).Max();

    public static bool Matches(IEnumerable<string?> goldAlternatives, string? extracted) => Similarity(goldAlternatives, extracted) > 0;

    // Punctuation in names varies with OCR and typing ("Dr. Matz", "Dr Matz"); it never tells two people apart.
    private static string Key(string? name) =>
        ScoringText.Normalize(name?.Replace('.', ' ').Replace(',', ' ').Replace('\u2019', '\'').Replace('´', '\''));
}
