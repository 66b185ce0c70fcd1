using System.Diagnostics.CodeAnalysis;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Turns the plain text of one German council document (minutes, agenda, resolution page, motion, press article)
/// into a <see cref="DocumentExtraction"/>. Pure and fast: no I/O, no clock, linear-time patterns. It never throws;
/// text it cannot read comes back as type "unknown".
/// </summary>
public sealed class TextDocumentExtractor
{
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API so callers can swap in other extractors later.")]
    public DocumentExtraction Extract(string text)
    {
        try
        {
            return ExtractUnguarded(text);
        }
        catch (Exception)
        {
            // Last line of defence for the "never throws" promise; the robustness tests call ExtractUnguarded so that
            // a bug still shows up there instead of hiding behind this catch.
            return new DocumentExtraction();
        }
    }

    internal static DocumentExtraction ExtractUnguarded(string? text)
    {
        var doc = DocumentText.Parse(text ?? string.Empty);
        var type = DocumentClassifier.Classify(doc);
        return type switch
        {
            "minutes" or "agenda" or "resolution" => MeetingExtractor.Extract(doc, type),
            "motion" => MotionExtractor.Extract(doc),
            "article" => ArticleExtractor.Extract(doc),
            _ => new DocumentExtraction(),
        };
    }
}
