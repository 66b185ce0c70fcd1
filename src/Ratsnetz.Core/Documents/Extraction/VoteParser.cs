using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

internal readonly record struct VoteCounts(int? Yes, int? No, int? Abstain, int? Biased)
{
    public bool Any => Yes is not null || No is not null || Abstain is not null || Biased is not null;

    /// <summary>The same vote written again, perhaps with fewer numbers ("9 Zustimmungen / 0 Ablehnungen").</summary>
    public bool AgreesWith(VoteCounts other) => Same(Yes, other.Yes) && Same(No, other.No) && Same(Abstain, other.Abstain) && Same(Biased, other.Biased);

    private static bool Same(int? a, int? b) => a is null || b is null || a == b;
}

/// <summary>
/// Vote counts in the forms minutes use: "Ja: 9, Nein: 0, Enthaltungen: 0, Befangen: 0", "5 dafür 0 dagegen 0
/// Enthaltungen", "9 Zustimmungen / 0 Ablehnungen", "mit 12 Ja-Stimmen bei 2 Gegenstimmen und 1 Enthaltung",
/// "mit 9 Stimmen … gewählt"; and the outcome in the contract's words.
/// </summary>
internal static partial class VoteParser
{
    public static VoteCounts Parse(string text)
    {
        if (Triple().Match(text) is { Success: true } t)
        {
            // "9:0:1", "(9/0/1)": yes, no, abstentions in that order.
            return new VoteCounts(TextCleaner.ParseCount(t.Groups["y"].Value), TextCleaner.ParseCount(t.Groups["n"].Value), TextCleaner.ParseCount(t.Groups["a"].Value), First(text, BiasedBefore(), BiasedAfter(), false));
        }

        // "5 dafür 0 dagegen" or "dafür 5, dagegen 0": whether the numbers lead decides which way they are read.
        var keyword = Keyword().Match(text);
        var digit = Digit().Match(text);
        var numbersLead = digit.Success && (!keyword.Success || digit.Index < keyword.Index);
        int? yes = First(text, YesBefore(), YesAfter(), numbersLead) ?? First(text, ElectedWith(), null, false);
        int? no = First(text, NoBefore(), NoAfter(), numbersLead);
        int? abstain = First(text, AbstainBefore(), AbstainAfter(), numbersLead);
        int? biased = First(text, BiasedBefore(), BiasedAfter(), numbersLead);
        return new VoteCounts(yes, no, abstain, biased);
    }

    /// <summary>The outcome a status, result or decision text states; null when it states none.</summary>
    public static string? Outcome(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Unchanged().IsMatch(text) ? "ungeändert beschlossen"
            : Changed().IsMatch(text) ? "geändert beschlossen"
            : Deferred().IsMatch(text) ? "vertagt"
            : Rejected().IsMatch(text) ? "abgelehnt"
            : Unanimous().IsMatch(text) ? "einstimmig"
            : Noted().IsMatch(text) ? "zur Kenntnis genommen"
            : Adopted().IsMatch(text) ? "angenommen"
            : null;
    }

    public static string? OutcomeOfVotes(VoteCounts v) => v.Yes is { } y && (v.No ?? 0) < y ? "angenommen"
        : v.Yes is not null && v.No is { } n && n >= v.Yes ? "abgelehnt"
        : null;

    private static int? First(string text, Regex before, Regex? after, bool afterFirst)
    {
        var (primary, secondary) = afterFirst && after is not null ? (after, before) : (before, after);
        var m = primary.Match(text);
        if (!m.Success && secondary is not null)
        {
            m = secondary.Match(text);
        }

        return m.Success ? TextCleaner.ParseCount(m.Groups["n"].Value) : null;
    }

    private const string Count = @"(?<n>\d{1,4}|keine[rn]?|eine[rmn]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)";

    [GeneratedRegex(@"\b(?:Ja|Nein|Dafür|Dagegen|Zustimmung|Ablehnung|Gegenstimme|Enthaltung|Stimmenthaltung|Befangen|Für)", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"(?<![\d:/.])(?<y>\d{1,3})\s*[:/]\s*(?<n>\d{1,3})\s*[:/]\s*(?<a>\d{1,3})(?![\d:/.])")]
    private static partial Regex Triple();

    [GeneratedRegex(@"\b(?:Ja(?:-?Stimmen)?|Dafür|Zustimmung(?:en)?|Für)\s*[:=]?\s*(?<n>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesBefore();

    [GeneratedRegex(@"(?<![\d.,/])" + Count + @"\s*(?:x\s*)?(?:Ja-?\s?Stimmen?|Jastimmen?|Ja\b|Zustimmungen?|Stimmen\s+dafür|Fürstimmen|Für-Stimmen|dafür)", RegexOptions.IgnoreCase)]
    private static partial Regex YesAfter();

    [GeneratedRegex(@"\b(?:Nein(?:-?Stimmen)?|Dagegen|Gegenstimmen?|Ablehnung(?:en)?)\s*[:=]?\s*(?<n>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoBefore();

    [GeneratedRegex(@"(?<![\d.,/])" + Count + @"\s*(?:x\s*)?(?:Nein-?\s?Stimmen?|Neinstimmen?|Nein\b|Gegenstimmen?|Ablehnungen?|Stimmen\s+dagegen|dagegen)", RegexOptions.IgnoreCase)]
    private static partial Regex NoAfter();

    [GeneratedRegex(@"\b(?:(?:Stimm)?[Ee]nthaltung(?:en)?|Enth\.)\s*[:=]?\s*(?<n>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbstainBefore();

    [GeneratedRegex(@"(?<![\d.,/])" + Count + @"\s*(?:x\s*)?(?:(?:Stimm)?[Ee]nthaltung(?:en)?|Enth\.)", RegexOptions.IgnoreCase)]
    private static partial Regex AbstainAfter();

    [GeneratedRegex(@"\bBefangen(?:e|heit)?\s*[:=]?\s*(?<n>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex BiasedBefore();

    [GeneratedRegex(@"(?<![\d.,/])" + Count + @"\s*(?:x\s*)?Befangen(?:e|heiten)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BiasedAfter();

    [GeneratedRegex(@"\bmit\s+(?<n>\d{1,4})\s+Stimmen\b(?=[^.]*\bgewählt)", RegexOptions.IgnoreCase)]
    private static partial Regex ElectedWith();

    [GeneratedRegex(@"\bungeändert\s+(?:beschlossen|angenommen|zugestimmt)|\bwie\s+vorgeschlagen\s+beschlossen", RegexOptions.IgnoreCase)]
    private static partial Regex Unchanged();

    [GeneratedRegex(@"(?<!un)geändert\s+(?:beschlossen|angenommen)|\bmit\s+Änderungen?\s+(?:beschlossen|angenommen)", RegexOptions.IgnoreCase)]
    private static partial Regex Changed();

    [GeneratedRegex(@"\bvertagt\b|\bzurückgestellt\b|\bverschoben\b|\bverlegt\b|\babgesetzt\b|\bZurückstellung\b|\bVertagung\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deferred();

    [GeneratedRegex(@"\babgelehnt\b|\bAblehnung\s+(?:des|der)\b|\bmehrheitlich\s+abgelehnt", RegexOptions.IgnoreCase)]
    private static partial Regex Rejected();

    [GeneratedRegex(@"\beinstimmig\w*\b|\beinvernehmlich\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unanimous();

    [GeneratedRegex(@"\bzur\s+Kenntnis\b|\bKenntnisnahme\b|\bKenntnis\s+genommen\b", RegexOptions.IgnoreCase)]
    private static partial Regex Noted();

    [GeneratedRegex(@"\bangenommen\b|\bzugestimmt\b|\bbeschlossen\b|\bbeschließt\b|\bmehrheitlich\b|\bZustimmung\b|\bgenehmigt\b|\bgewählt\b|\bbefürwortet\b|\bempfohlen\b|\bempfiehlt\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adopted();
}
