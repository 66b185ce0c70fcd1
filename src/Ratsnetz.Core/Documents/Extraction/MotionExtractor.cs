namespace Ratsnetz.Documents.Extraction;

internal static class MotionExtractor
{
    public static DocumentExtraction Extract(DocumentText doc) => new() { Type = "motion", Municipality = MunicipalityFinder.Find(doc)?.Value };
}
