using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Who spoke on each item: a person named as the subject of a sentence ("Herr Kuru äußerte", "MA Dreier berichtet",
/// "Auch Ktabg. Neumann sieht") or right after the verb of an inverted sentence ("Zur Einführung erläutert Frau
/// Busch", "Positiv äußert sich auch Ktabg. Kohaus"). People merely mentioned ("von Herrn Hillig", "zudem sei Herr
/// Grosch vertraut") are not speakers.
/// </summary>
internal static partial class SpeakerExtractor
{
    private const int MaxWordsBeforeInvertedSubject = 9;
    private const int LookBack = 240;

    public static List<Sourced<ExtractedSpeakers>> Find(DocumentText doc, IReadOnlyList<Segment> segments, IReadOnlyList<ExtractedPerson> attendees)
    {
        var result = new List<Sourced<ExtractedSpeakers>>();
        foreach (var s in segments)
        {
            var names = new List<string>();
            for (var i = s.Start; i < s.End; i++)
            {
                if (doc.Lines[i].Length == 0 || (i > s.Start && doc.Lines[i - 1].Length > 0 && !BlockBreak(doc.Lines[i - 1])))
                {
                    continue;
                }

                foreach (var name in InParagraph(Block(doc, i, s.End), attendees))
                {
                    if (!names.Any(n => TextCleaner.Fold(n) == TextCleaner.Fold(name)))
                    {
                        names.Add(name);
                    }
                }
            }

            if (names.Count > 0)
            {
                var lines = DocumentText.Range(s.Heading >= 0 ? s.Heading : s.Start, Math.Max(s.Start, s.End - 1));
                result.Add(new Sourced<ExtractedSpeakers>(new ExtractedSpeakers(s.Number, s.Public, names), lines));
            }
        }

        return result;
    }

    /// <summary>
    /// Lines from <paramref name="start"/> up to a blank line, the segment end, or a line that closes a sentence or is a
    /// label: texts without blank lines still break where a new statement can begin.
    /// </summary>
    private static string Block(DocumentText doc, int start, int end)
    {
        var lines = new List<string>();
        for (var j = start; j < end && doc.Lines[j].Length > 0 && (j == start || !BlockBreak(doc.Lines[j - 1])); j++)
        {
            lines.Add(doc.Lines[j]);
        }

        return TextCleaner.Join(lines);
    }

    private static bool BlockBreak(string previous) => previous.Length < 30 || LineEnd().IsMatch(previous);

    public static IEnumerable<string> InParagraph(string paragraph, IReadOnlyList<ExtractedPerson> attendees)
    {
        foreach (Match m in Mention().Matches(paragraph))
        {
            // Only the sentence before the name matters; a bounded window keeps huge paragraphs linear.
            var before = paragraph[Math.Max(0, m.Index - LookBack)..m.Index];
            if (!StartsSentence(before) && !AfterVerb(before) && !Appositive(before) && !Coordinated(before))
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            if (name.Split(' ').Any(t => Vocabulary.IsFunctionWord(t) || Vocabulary.IsRoleOnly(t)))
            {
                continue;
            }

            var after = paragraph[(m.Index + m.Length)..];
            if (after.Length > 0 && !NameEnd().IsMatch(after))
            {
                continue;
            }

            yield return Surname(name, attendees);
        }
    }

    private static bool StartsSentence(string before)
    {
        var b = SentenceAdverb().Replace(before, string.Empty);
        return b.Trim().Length == 0 || SentenceEnd().IsMatch(b);
    }

    /// <summary>"Der Geschäftsführer des Vereins, Herr Sakal, informiert": the name set off after the subject.</summary>
    private static bool Appositive(string before) => AppositiveLead().IsMatch(before[LastSentenceStart(before)..]);

    /// <summary>"Fr. Beispiel und Hr. Muster stellten vor": the second of two subjects.</summary>
    private static bool Coordinated(string before) => CoordinatedLead().IsMatch(before[LastSentenceStart(before)..]);

    private static bool AfterVerb(string before)
    {
        var start = LastSentenceStart(before);
        var clause = before[start..];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= MaxWordsBeforeInvertedSubject && char.IsUpper(words[0][0]) && !clause.Contains(',', StringComparison.Ordinal)
            && InvertedVerb().IsMatch(clause);
    }

    private static int LastSentenceStart(string before)
    {
        var last = 0;
        foreach (Match m in SentenceBoundary().Matches(before))
        {
            last = m.Index + m.Length;
        }

        return last;
    }

    /// <summary>"Julian Deuse" → "Deuse" when the list knows him; otherwise the name as written ("Schulze Pellengahr").</summary>
    private static string Surname(string name, IReadOnlyList<ExtractedPerson> attendees)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1)
        {
            // A slip of the pen ("Özki" for the listed "Özkir") takes the list's spelling.
            var listed = attendees.Select(a => NameMatcher.Surname(a.Name))
                .FirstOrDefault(s => s != name && NameMatcher.Close(TextCleaner.Fold(s), TextCleaner.Fold(name)));
            return listed ?? name;
        }

        if (tokens.Length > 1 && attendees.Any(a => NameMatcher.SamePerson(a.Name, name)))
        {
            return tokens[^1];
        }

        if (tokens.Length > 1 && attendees.Any(a => TextCleaner.Fold(NameMatcher.Surname(a.Name)) == TextCleaner.Fold(tokens[0])))
        {
            return tokens[0];
        }

        // "Peter Hinze" → "Hinze"; "Schulze Pellengahr" stays, as no given name leads it.
        var skip = 0;
        while (skip < tokens.Length - 1 && FirstNames.Contains(tokens[skip]))
        {
            skip++;
        }

        return string.Join(' ', tokens[skip..]);
    }

    private const string Office = Vocabulary.OfficeWords;

    [GeneratedRegex(@"(?<![\p{L}-])(?:(?:Herr|Frau|Hr\.|Fr\.)(?:\s+" + Office + @")?|" + Office + @"(?:\s+(?:Herr|Frau|Hr\.|Fr\.))?)\s+(?:(?:Dr\.|Prof\.|Dipl\.-\p{L}+\.?)\s+)*(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}?)(?=\s*(?:\([^)]{0,40}\)\s*)?(?:[\p{Ll},:;.]|$))")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:\p{Ll}|[,:;.]|$)")]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex LineEnd();

    [GeneratedRegex(@"(?:^|\s)(?:Der|Die|Auch|Sodann|Anschließend|Daraufhin|Abschließend|Ebenso|Zudem|Dann|Hierzu|Dazu|Hierauf|Danach|Zunächst|Ferner|Außerdem|Weiter)\s*$")]
    private static partial Regex SentenceAdverb();

    [GeneratedRegex(@"(?<=[\p{L})""“”»])[.!?:]\s*$|^\s*[-–•]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[\p{L})""“”»])[.!?]\s+")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"^\s*(?:Der|Die)\s[^,.;:]{3,80},\s*$")]
    private static partial Regex AppositiveLead();

    [GeneratedRegex(@"^\s*(?:Herr|Frau|Hr\.|Fr\.|" + Office + @")\s+(?:Dr\.\s+)?\p{Lu}[\p{L}\-]+\s+(?:und|sowie)\s*$")]
    private static partial Regex CoordinatedLead();

    [GeneratedRegex(@"\s\p{Ll}+(?:t|te|ten)\s+(?:(?:sich|auch|nochmals|ebenfalls|zunächst|dann|daraufhin|abschließend|hierzu|dazu|mit|kurz)\s+){0,3}$")]
    private static partial Regex InvertedVerb();
}
