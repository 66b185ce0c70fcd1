using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The town or county a document belongs to, from the evidence council texts leave: "Stadt Kamen", "STADT
/// KARLSRUHE", "des Kreises Coesfeld", a postcode "44135 Dortmund", a dateline "Moers." or "Kamen, 05.12.2022", and
/// "in Bergkamen" confirmed by the demonym "Bergkamener". Each mention scores; the best-scored name wins.
/// </summary>
internal static partial class MunicipalityFinder
{
    public static Sourced<string>? Find(DocumentText doc)
    {
        var scores = new Dictionary<string, (double Score, int Line)>(StringComparer.Ordinal);
        var text = string.Join('\n', doc.Lines);
        var countyContext = CountyContext().Count(text) >= 2;
        var nonBlankSeen = 0;
        var demonyms = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var early = nonBlankSeen++ < 8;
            foreach (Match m in Town().Matches(line))
            {
                Add(Name(m.Groups["n"].Value), early ? 6 : 3, i);
            }

            foreach (Match m in County().Matches(line))
            {
                var kind = m.Groups["k"].Value.StartsWith("Land", StringComparison.Ordinal) ? "Landkreis" : "Kreis";
                Add($"{kind} {Name(m.Groups["n"].Value)}", countyContext ? 7 : 2, i);
            }

            foreach (Match m in Postcode().Matches(line))
            {
                Add(Name(m.Groups["n"].Value), 4, i);
            }

            var dl = early ? Dateline().Match(line) : Match.Empty;
            if (!dl.Success)
            {
                dl = PlaceDate().Match(line);
            }

            if (dl.Success)
            {
                var n = Name(dl.Groups["n"].Value);
                if (MentionCount(text, n) >= 2)
                {
                    Add(n, 4, i);
                }
            }

            var placesMeeting = early && line.Contains("Sitzung", StringComparison.Ordinal) && GermanDates.FirstDate(line) is not null;
            foreach (Match m in InTown().Matches(line))
            {
                // "in Bergkamen" counts when the text also says "Bergkamener", or when it places the meeting.
                var n = m.Groups["n"].Value;
                if (demonyms.TryGetValue(n, out var known) ? known : demonyms[n] = HasDemonym(text, n))
                {
                    Add(n, 1, i);
                }
                else if (placesMeeting)
                {
                    Add(n, 3, i);
                }
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.Line).First();
        return new Sourced<string>(best.Key, DocumentText.Range(best.Value.Line, best.Value.Line));

        void Add(string name, double score, int line)
        {
            if (name.Length < 3 || StopWord().IsMatch(name))
            {
                return;
            }

            scores[name] = scores.TryGetValue(name, out var s) ? (s.Score + score, s.Line) : (score, line);
        }
    }

    /// <summary>"Bergkamener", "Karlsruher": the adjective of a town name shows the text is about that town.</summary>
    private static bool HasDemonym(string text, string name)
    {
        foreach (var suffix in (string[])["er", "r"])
        {
            var word = name + suffix;
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                var end = i + word.Length;
                if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int MentionCount(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0 && count < 5; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>"KARLSRUHE" → "Karlsruhe"; names as written otherwise.</summary>
    private static string Name(string n) => n.Length > 1 && n.All(c => !char.IsLetter(c) || char.IsUpper(c))
        ? CultureInfo.GetCultureInfo("de-DE").TextInfo.ToTitleCase(n.ToLowerInvariant())
        : n;

    [GeneratedRegex(@"\b(?i:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|Universitätsstadt|Stadtverwaltung|Gemeindeverwaltung|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde)\s+(?<n>\p{Lu}\p{L}+(?:-\p{L}+)*(?:\s(?:an\sder|am|im|in\sder|ob\sder|bei)\s\p{Lu}\p{L}+(?:-\p{L}+)*)?)(?![\p{L}-])")]
    private static partial Regex Town();

    [GeneratedRegex(@"\b(?<k>Kreis(?:es)?|Landkreis(?:es)?)\s+(?<n>\p{Lu}[\p{L}\-]+)")]
    private static partial Regex County();

    [GeneratedRegex(@"\b\d{5}\s+(?<n>\p{Lu}[\p{L}\-]+)")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^(?<n>\p{Lu}\p{Ll}[\p{L}\-]+)\.\s")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?<n>\p{Lu}\p{Ll}[\p{L}\-]+),\s*(?:den\s+)?\d{1,2}\s?[.,]")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\bin\s+(?<n>\p{Lu}\p{Ll}[\p{L}\-]+)\b")]
    private static partial Regex InTown();

    [GeneratedRegex(@"\b(?:Landrat|Landrätin|Kreistag\w*|Kreisausschuss\w*|Ktabg\.|Kreisverwaltung|Kreishaus)")]
    private static partial Regex CountyContext();

    [GeneratedRegex(@"^(?:Anzeige|Beschluss|Hinweis|Seite|Verwaltung|Rat|Bürgermeister\w*|Sitzung|Deutschland|Stadt|Gemeinde|Kreis|Anlage|Vorlage|Drucksache|Niederschrift|Protokoll|Antrag|Datum|Betreff|Abstimmung|Sachverhalt|Begründung|Ergebnis|Zukunft|Höhe|Kraft|Zusammenarbeit|Bezug|Vertretung|Absprache|Abstimmung)$|ung$|heit$|keit$|schaft$|ion$")]
    private static partial Regex StopWord();
}
