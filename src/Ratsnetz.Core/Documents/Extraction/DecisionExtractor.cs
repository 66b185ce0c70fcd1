using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// The decision of each item: "Beschluss:" with its text (which may continue over numbered paragraphs or after a
/// colon), a status line ("Beschluss: ungeändert beschlossen"), and the vote ("Abstimmung: Ja: 9, Nein: 0",
/// "Abstimmungsergebnis: einstimmig").
/// </summary>
internal static partial class DecisionExtractor
{
    private const int MaxStatusLength = 60;

    public static List<Sourced<ExtractedDecision>> Find(DocumentText doc, IReadOnlyList<Segment> segments)
    {
        var result = new List<Sourced<ExtractedDecision>>();
        foreach (var s in segments)
        {
            result.AddRange(InSegment(doc, s));
        }

        return result;
    }

    /// <summary>
    /// The decisions of one item record. Status, text and vote usually describe one decision (the vote may even be
    /// given twice); a further vote with other counts, or a new decision text after a vote, starts the next one.
    /// </summary>
    private static List<Sourced<ExtractedDecision>> InSegment(DocumentText doc, Segment s)
    {
        var drafts = new List<DecisionDraft>();
        var current = new DecisionDraft();
        var textFloor = s.Start;
        for (var i = s.Start; i < s.End; i++)
        {
            var line = doc.Lines[i];
            if (DecisionLabel().Match(line) is { Success: true } dm)
            {
                var rest = dm.Groups["rest"].Value.Trim();
                var isStatus = rest.Length > 0 && rest.Length <= MaxStatusLength && VoteParser.Outcome(rest) is not null && !rest.EndsWith('.');
                if (!isStatus && current.Voted && current.Text is not null)
                {
                    Flush();
                }

                if (isStatus)
                {
                    current.Status ??= rest;
                    current.Touch(i, i);
                }
                else if (current.Text is null)
                {
                    current.Text = ReadText(doc, i, rest, s.End, out var end);
                    current.Touch(i, end);
                }

                continue;
            }

            if (ProposalLabel().Match(line) is { Success: true } pm)
            {
                current.Proposal ??= ReadText(doc, i, pm.Groups["rest"].Value.Trim(), s.End, out _);
                continue;
            }

            var bare = BareResult().IsMatch(line);
            var vote = bare ? null : VoteLabel().Match(line) is { Success: true } vm ? vm.Groups["rest"].Value.Trim() : null;
            if (!bare && vote is null)
            {
                continue;
            }

            var resultText = ReadResult(doc, i, bare ? line : vote!, s.End, out var resultEnd);
            var counts = VoteParser.Parse(resultText);
            if (current.Votes.Any && counts.Any && !counts.AgreesWith(current.Votes))
            {
                Flush();
            }

            current.Votes = current.Votes.Any ? current.Votes : counts;
            current.Result ??= resultText.Length > 0 ? resultText : null;
            if (current.Text is null && current.Proposal is null && current.Status is null && (counts.Any || VoteParser.Outcome(resultText) is not null))
            {
                current.Text = PrecedingParagraph(doc, i, textFloor);
            }

            current.Touch(i, resultEnd);
            i = resultEnd;
        }

        Flush();
        return drafts.Select(d => d.ToDecision(s)).ToList();

        void Flush()
        {
            if (current.Started)
            {
                drafts.Add(current);
                textFloor = current.Last + 1;
            }

            current = new DecisionDraft();
        }
    }

    /// <summary>The result after a vote label: the rest of the line and following lines that are results or counts.</summary>
    private static string ReadResult(DocumentText doc, int label, string rest, int end, out int last)
    {
        var parts = new List<string>();
        last = label;
        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        for (var k = doc.NextNonBlank(label + 1); k > 0 && k < end && k - last <= 3 && parts.Count < 3; k = doc.NextNonBlank(k + 1))
        {
            var line = doc.Lines[k];
            if (!BareResult().IsMatch(line) && !(line.Length < 80 && VoteParser.Parse(line).Any) && !(parts.Count == 0 && line.Length < 120 && VoteParser.Outcome(line) is not null))
            {
                break;
            }

            parts.Add(line);
            last = k;
        }

        return string.Join(' ', parts);
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

    [GeneratedRegex(@"^(?:Beschlussvorschlag|Beschlussentwurf|Antrag\s+zur\s+Abstimmung)\s*:\s*(?<rest>.*)$")]
    private static partial Regex ProposalLabel();

    [GeneratedRegex(@"(?<=^|[.!?]\s)[^.!?]+[.!?]?\s*$")]
    private static partial Regex LastSentence();

    [GeneratedRegex(@"\b(?:beschließt|beschlossen|genehmigt|stimmt\b.*\bzu|empfiehlt|nimmt\b.*\bKenntnis|abgelehnt|angenommen)\b")]
    private static partial Regex Resolves();

    [GeneratedRegex(@"^\s*\d{1,2}\s?[.)]\s")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:(?:Der|Die)\s+)?(?:Herr|Frau|Hr\.|Fr\.|" + Vocabulary.OfficeWords + @")\s")]
    private static partial Regex SpeakerStart();
}
