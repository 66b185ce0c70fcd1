using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The committee a document is about, in the nominative as a heading would name it: "Sitzung des Integrationsrates"
/// → "Integrationsrat", "des Ausschusses für Integration, Europa …" → "Ausschuss für Integration, Europa …". Without a
/// header, the body the text names most often and most prominently.
/// </summary>
internal static partial class BodyFinder
{
    public static Sourced<string>? FromHeader(DocumentText doc, int headerEnd)
    {
        // The formal header ("12. Sitzung des …") outranks page titles that repeat the body less carefully.
        return FromHeader(doc, headerEnd, numbered: true) ?? FromHeader(doc, headerEnd, numbered: false);
    }

    private static Sourced<string>? FromHeader(DocumentText doc, int headerEnd, bool numbered)
    {
        for (var i = 0; i < Math.Min(headerEnd, doc.Count); i++)
        {
            var m = SessionOf().Match(doc.Lines[i]);
            if (!m.Success || (numbered && !Numbered().IsMatch(doc.Lines[i][..m.Index] + "Sitzung")))
            {
                continue;
            }

            var phrase = m.Groups["b"].Value;
            var stop = PhraseStop().Match(phrase);
            if (stop.Success)
            {
                phrase = phrase[..stop.Index];
            }

            phrase = phrase.Trim(' ', ',', ';', ':', '.');
            if (phrase.Length is > 2 and < 160 && BodyNoun().IsMatch(phrase.Split(' ')[0] + " " + (phrase.Split(' ').ElementAtOrDefault(1) ?? string.Empty)))
            {
                return new Sourced<string>(Nominative(phrase, m.Groups["art"].Value), DocumentText.Range(i, i));
            }
        }

        return null;
    }

    /// <summary>"Gremium: Integrationsrat" in a form-like head.</summary>
    public static Sourced<string>? FromLabel(DocumentText doc, int headerEnd)
    {
        var labels = LabelValues.Read(doc, headerEnd);
        return labels.TryGetValue("gremium", out var v) && BodyNoun().IsMatch(v.Value) && v.Value.Length < 120 ? v : null;
    }

    /// <summary>The body mentioned most, with extra weight for "Mitglieder des …", "Sitzung des …" and subjects.</summary>
    public static Sourced<string>? ByFrequency(DocumentText doc, Func<string, bool>? accept = null)
    {
        var scores = new Dictionary<string, (double Score, int Line)>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Count; i++)
        {
            foreach (Match m in Mention().Matches(doc.Lines[i]))
            {
                var noun = Nominative(m.Groups["coord"].Value + m.Groups["noun"].Value, "des");
                var after = doc.Lines[i][(m.Index + m.Length)..];
                if (noun is "Rat" or "Ausschuss" || OfficeUse().IsMatch(after) || (accept is not null && !accept(noun)))
                {
                    continue;
                }

                var before = doc.Lines[i][..m.Index];
                var score = 1.0;
                if (Prominent().IsMatch(before))
                {
                    score += 2;
                }
                else if (Subject().IsMatch(before))
                {
                    score += 1;
                }

                if (i < 6)
                {
                    score += 2;
                }

                scores[noun] = scores.TryGetValue(noun, out var s) ? (s.Score + score, s.Line) : (score, i);
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        // Equal evidence: the longer name is the formal one ("Sozial-, Teilhabe-, … Familienausschuss" over a headline's short form).
        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Value.Line).First();
        return new Sourced<string>(best.Key, DocumentText.Range(best.Value.Line, best.Value.Line));
    }

    /// <summary>Genitive to nominative: "Integrationsrates" → "Integrationsrat", "des Internationalen Ausschusses" → "Internationaler Ausschuss".</summary>
    public static string Nominative(string phrase, string article)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w].TrimEnd(',');
            var comma = words[w].EndsWith(',') ? "," : string.Empty;
            var m = GenitiveNoun().Match(word);
            if (m.Success)
            {
                words[w] = m.Groups["stem"].Value + comma;
                if (article == "des" && w > 0 && words[w - 1].EndsWith("en", StringComparison.Ordinal) && char.IsUpper(words[w - 1][0]))
                {
                    words[w - 1] = words[w - 1][..^2] + "er";
                }

                break;
            }

            if (BodyNoun().IsMatch(word))
            {
                break;
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\b(?:Plenar)?[Ss]itzung\s+(?:(?<art>des|der)\s+)?(?<b>\p{Lu}[^\n]*)$")]
    private static partial Regex SessionOf();

    [GeneratedRegex(@"\d\s?\.\s*(?:\p{L}+\s+)?(?:Plenar)?Sitzung$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\s+(?:am|vom|im|in|um|den|dem|zu|ab|mit)\s|,\s*(?:am|den|dem)\b|\s+der\s+(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt)\b|\s+des\s+(?:Kreises|Landkreises)\b|\s+des\s+Rates\s+der\b|\s\d{1,2}\.|,\s*$|\s+-\s")]
    private static partial Regex PhraseStop();

    [GeneratedRegex(@"(?:rat|rates|rats|ausschuss|ausschusses|beirat|beirates|beirats|vertretung|versammlung|kommission|konferenz|kreistag|kreistages|kreistags|gremium|gremiums|kuratorium|kuratoriums|forum|forums|beirat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyNoun();

    [GeneratedRegex(@"^(?<stem>\p{L}*(?:[Rr]at|[Aa]usschuss|[Kk]reistag|[Bb]eirat|[Gg]remium|[Ff]orum|[Kk]uratorium))(?:es|s)$")]
    private static partial Regex GenitiveNoun();

    [GeneratedRegex(@"(?<coord>(?:\p{Lu}\p{L}*-,?\s+)+(?:und|sowie)\s+)?(?<noun>\p{Lu}\p{L}*(?:rat|ausschuss|beirat|vertretung|kreistag|Rat|Ausschuss|Kreistag)(?:es|s)?)\b(?!-)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^\s+(?:Dr\.\s+)?\p{Lu}\p{Ll}+(?:\s|$|,|\()")]
    private static partial Regex OfficeUse();

    [GeneratedRegex(@"(?:Mitglieder|Sitzung|Mitglied|Vorsitzende[rn]?)\s+(?:des|der)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Prominent();

    [GeneratedRegex(@"(?:^|[.:]\s+)(?:Der|Die|Das)\s+$")]
    private static partial Regex Subject();
}
