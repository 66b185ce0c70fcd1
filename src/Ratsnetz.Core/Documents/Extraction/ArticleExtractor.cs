namespace Ratsnetz.Documents.Extraction;

internal static class ArticleExtractor
{
    public static DocumentExtraction Extract(DocumentText doc) => new() { Type = "article", Municipality = MunicipalityFinder.Find(doc)?.Value };
}
