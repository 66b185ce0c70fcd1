using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>Press articles: the town, the body reported on, the decisions told, and the byline.</summary>
internal static partial class ArticleExtractor
{
    public static DocumentExtraction Extract(DocumentText doc)
    {
        var log = new ProvenanceLog();
        return new DocumentExtraction
        {
            Type = "article",
            Municipality = log.Take("municipality", MunicipalityFinder.Find(doc)),
            Body = log.Take("body", BodyFinder.ByFrequency(doc)),
            Decisions = log.TakeAll("decisions", ProseDecisions.Find(doc, onePerOutcome: true)),
            Author = log.Take("author", Author(doc)),
            Provenance = log.Entries,
        };
    }

    /// <summary>"von Alex Grün" in the byline (sometimes glued to a photo caption).</summary>
    private static Sourced<string>? Author(DocumentText doc)
    {
        for (var i = 0; i < Math.Min(doc.Count, 15); i++)
        {
            if (Byline().Match(doc.Lines[i]) is { Success: true } m)
            {
                return new Sourced<string>(m.Groups["n"].Value, DocumentText.Range(i, i));
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:[Vv]on|Autor(?:in)?:?)\s+(?<n>\p{Lu}\p{Ll}+(?:[\- ]\p{Lu}\p{Ll}+){1,2})\s*$")]
    private static partial Regex Byline();
}
