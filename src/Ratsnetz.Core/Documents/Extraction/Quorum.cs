using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>Whether the minutes state the body was quorate ("… und beschlussfähig ist", "stellt die Beschlussfähigkeit fest").</summary>
internal static partial class Quorum
{
    public static Sourced<bool>? Find(DocumentText doc)
    {
        for (var i = 0; i < doc.Count; i++)
        {
            if (doc.Lines[i].Length == 0 || (i > 0 && doc.Lines[i - 1].Length > 0))
            {
                continue;
            }

            var paragraph = doc.Paragraph(i, out var end);
            foreach (var sentence in Sentence().Split(paragraph))
            {
                var m = Quorate().Match(sentence);
                if (!m.Success || (m.Groups["noun"].Success && !Stated().IsMatch(sentence)))
                {
                    continue;
                }

                var negated = Negation().IsMatch(sentence[..m.Index]);
                return new Sourced<bool>(!negated, DocumentText.Range(i, end));
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<=[\p{L})])[.!?]\s+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"beschlussf\S{1,3}hig\b|(?<noun>Beschlussf\S{1,3}higkeit)", RegexOptions.IgnoreCase)]
    private static partial Regex Quorate();

    [GeneratedRegex(@"\bfest\b|festgestellt|gegeben\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();

    [GeneratedRegex(@"\bnicht\b|\bkeine\b|\bmangels\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
