using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Decisions told in running text, as resolution pages and press articles do: "wird Frau X mit 9 Stimmen … gewählt",
/// "Die Erweiterung wird einvernehmlich befürwortet", "Die Beschlussfassung wurde verschoben".
/// </summary>
internal static partial class ProseDecisions
{
    private const int MaxSentence = 1500;

    public static List<Sourced<ExtractedDecision>> Find(DocumentText doc, bool onePerOutcome = false)
    {
        var result = new List<Sourced<ExtractedDecision>>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (doc.Lines[i].Length == 0 || (i > 0 && doc.Lines[i - 1].Length > 0))
            {
                continue;
            }

            var paragraph = doc.Paragraph(i, out var end);
            foreach (var sentence in Sentence().Split(paragraph))
            {
                if (sentence.Length > MaxSentence || !Decided().IsMatch(sentence) || Hypothetical().IsMatch(sentence))
                {
                    continue;
                }

                var votes = VoteParser.Parse(sentence);
                var outcome = VoteParser.Outcome(sentence) ?? VoteParser.OutcomeOfVotes(votes);
                var decision = new ExtractedDecision
                {
                    Text = sentence.Trim(),
                    Yes = votes.Yes,
                    No = votes.No,
                    Abstain = votes.Abstain,
                    Biased = votes.Biased,
                    Outcome = outcome,
                };
                var same = onePerOutcome ? result.FindIndex(r => r.Value.Outcome == outcome) : -1;
                if (same < 0)
                {
                    result.Add(new Sourced<ExtractedDecision>(decision, DocumentText.Range(i, end)));
                }
                else if (sentence.Length > (result[same].Value.Text?.Length ?? 0))
                {
                    result[same] = new Sourced<ExtractedDecision>(decision, DocumentText.Range(i, end));
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=[\p{Ll})""“”])[.!?]\s+(?=[\p{Lu}„""])")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:wird|werden|wurde|wurden)\b[^.]*\b(?:gewählt|beschlossen|befürwortet|abgelehnt|angenommen|vertagt|zugestimmt|genehmigt|verschoben|verlegt)\b|\b(?:[Ee]instimmig|[Mm]ehrheitlich|[Ee]invernehmlich)\b[^.]*\b(?:abgestimmt|beschlossen|befürwortet|zugestimmt|angenommen|abgelehnt|votiert)\b|\bBeschlussfassung\b[^.]*\b(?:verschoben|vertagt|verlegt)\b")]
    private static partial Regex Decided();

    [GeneratedRegex(@"\b(?:soll|sollen|sollte|würde|würden|könnte|könnten|müsste|möchte)\b")]
    private static partial Regex Hypothetical();
}
