using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The decision of each item: "Beschluss:" with its text (which may continue over numbered paragraphs or after a
/// colon), a status line ("Beschluss: ungeändert beschlossen"), and the vote ("Abstimmung: Ja: 9, Nein: 0",
/// "Abstimmungsergebnis: einstimmig"). Everything an item record says about its decision becomes one decision.
/// </summary>
internal static partial class DecisionExtractor
{
    private const int MaxStatusLength = 60;

    public static List<Sourced<ExtractedDecision>> Find(DocumentText doc, IReadOnlyList<Segment> segments)
    {
        var result = new List<Sourced<ExtractedDecision>>();
        foreach (var s in segments)
        {
            if (InSegment(doc, s) is { } d)
            {
                result.Add(d);
            }
        }

        return result;
    }

    private static Sourced<ExtractedDecision>? InSegment(DocumentText doc, Segment s)
    {
        string? text = null, status = null, result = null;
        var votes = default(VoteCounts);
        int first = -1, last = -1;
        for (var i = s.Start; i < s.End; i++)
        {
            var line = doc.Lines[i];
            if (DecisionLabel().Match(line) is { Success: true } dm)
            {
                var rest = dm.Groups["rest"].Value.Trim();
                if (rest.Length > 0 && rest.Length <= MaxStatusLength && VoteParser.Outcome(rest) is not null && !rest.EndsWith('.'))
                {
                    status ??= rest;
                }
                else if (text is null)
                {
                    text = ReadText(doc, i, rest, s.End, out var end);
                    last = Math.Max(last, end);
                }

                first = first < 0 ? i : first;
                last = Math.Max(last, i);
                continue;
            }

            if (BareResult().IsMatch(line))
            {
                // "einstimmig" alone on a line closes many SessionNet item pages.
                result ??= line;
                text ??= status is null ? PrecedingParagraph(doc, i, s.Start) : null;
                first = first < 0 ? i : first;
                last = Math.Max(last, i);
                continue;
            }

            if (VoteLabel().Match(line) is { Success: true } vm)
            {
                var rest = vm.Groups["rest"].Value.Trim();
                var at = i;
                if (rest.Length == 0 && doc.NextNonBlank(i + 1) is var n && n > 0 && n < s.End)
                {
                    rest = doc.Lines[n];
                    at = n;
                }

                var counts = VoteParser.Parse(rest);
                votes = votes.Any ? votes : counts;
                result ??= rest;
                text ??= (counts.Any || VoteParser.Outcome(rest) is not null) && status is null ? PrecedingParagraph(doc, i, s.Start) : null;
                first = first < 0 ? i : first;
                last = Math.Max(last, at);
            }
        }

        if (first < 0)
        {
            return null;
        }

        text ??= status;
        var outcome = VoteParser.Outcome(status) ?? VoteParser.Outcome(result) ?? VoteParser.OutcomeOfVotes(votes) ?? VoteParser.Outcome(text);
        var decision = new ExtractedDecision
        {
            AgendaNumber = s.Number,
            Public = s.Public,
            Text = text is null ? null : OcrRepair.Words(text),
            Yes = votes.Yes,
            No = votes.No,
            Abstain = votes.Abstain,
            Biased = votes.Biased,
            Outcome = outcome,
        };
        return new Sourced<ExtractedDecision>(decision, DocumentText.Range(first, last));
    }

    /// <summary>The decision text: what follows the label, over paragraphs while they continue it (":" or "2.").</summary>
    private static string? ReadText(DocumentText doc, int label, string rest, int end, out int last)
    {
        var parts = new List<string>();
        last = label;
        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        // Line by line: texts without blank lines run straight into the vote label or the debate.
        var i = label + 1;
        var blockOpen = rest.Length > 0;
        while (i < end)
        {
            var next = doc.NextNonBlank(i);
            if (next < 0 || next >= end || StopsText(doc.Lines[next]))
            {
                break;
            }

            var sameBlock = next == i && (blockOpen || parts.Count > 0);
            var continues = parts.Count == 0 || sameBlock || !EndsSentence(parts[^1])
                || (Numbered().IsMatch(doc.Lines[next]) && parts.Any(p => Numbered().IsMatch(p)));
            if (!continues)
            {
                break;
            }

            parts.Add(doc.Lines[next]);
            last = next;
            i = next + 1;
            blockOpen = true;
        }

        return parts.Count == 0 ? null : TextCleaner.Collapse(TextCleaner.Join(parts));
    }

    private static bool StopsText(string line) => DecisionLabel().IsMatch(line) || VoteLabel().IsMatch(line)
        || AgendaPatterns.Heading(line) is not null || SpeakerStart().IsMatch(line);

    private static bool EndsSentence(string line) => line.Length > 0 && ".!?\"“”)".Contains(line[^1], StringComparison.Ordinal);

    private static string? PrecedingParagraph(DocumentText doc, int voteLine, int start)
    {
        var i = voteLine - 1;
        while (i >= start && doc.Lines[i].Length == 0)
        {
            i--;
        }

        var end = i;
        while (i > start && doc.Lines[i - 1].Length > 0)
        {
            i--;
        }

        if (end < start || i < start || AgendaPatterns.Heading(doc.Lines[i]) is not null)
        {
            return null;
        }

        var paragraph = TextCleaner.Join(Enumerable.Range(i, end - i + 1).Select(k => doc.Lines[k]));
        if (SpeakerStart().IsMatch(doc.Lines[i]))
        {
            // A debate closing with the decision: "… Der Beirat beschließt, 500 Euro bereitzustellen."
            var last = LastSentence().Match(paragraph);
            return last.Success && Resolves().IsMatch(last.Value) ? last.Value.Trim() : null;
        }

        return paragraph.Length is > 10 and < 1500 ? paragraph : null;
    }

    [GeneratedRegex(@"^(?:Beschluss|Beschlussfassung|Beschlusstext|Beschlussempfehlung|Empfehlung|Beschluss\s+des\s+\p{L}+)\s*:\s*(?<rest>.*)$")]
    private static partial Regex DecisionLabel();

    [GeneratedRegex(@"^(?:(?:Abstimmungsergebnis(?:se)?|Abstimmungsverhalten|Abstimmung|Ergebnis\s+der\s+Abstimmung)\b\s*:?|Ergebnis\s*:)\s*(?<rest>(?!offen|geheim|per\b|durch\b).*)$")]
    private static partial Regex VoteLabel();

    [GeneratedRegex(@"^(?:einstimmig|mehrheitlich|einvernehmlich)(?:\s+(?:beschlossen|zugestimmt|angenommen|abgelehnt|befürwortet|empfohlen|zur\s+Kenntnis\s+genommen))?\.?$|^(?:(?:ungeändert\s+|geändert\s+)?beschlossen|abgelehnt|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen|vertagt|zurückgestellt|angenommen)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareResult();

    [GeneratedRegex(@"(?<=^|[.!?]\s)[^.!?]+[.!?]?\s*$")]
    private static partial Regex LastSentence();

    [GeneratedRegex(@"\b(?:beschließt|beschlossen|genehmigt|stimmt\b.*\bzu|empfiehlt|nimmt\b.*\bKenntnis|abgelehnt|angenommen)\b")]
    private static partial Regex Resolves();

    [GeneratedRegex(@"^\s*\d{1,2}\s?[.)]\s")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:Herr|Frau|MA|Ktabg\.|Stadtr\p{L}*|Ratsherr|Ratsfrau|Ausschussvorsitzende\p{L}*|Landr\p{L}*|B\p{L}*rgermeister\p{L}*|Der\s+Vorsitzende|Die\s+Vorsitzende)\b")]
    private static partial Regex SpeakerStart();
}
