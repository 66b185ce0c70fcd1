namespace Ratsnetz.Documents.Scoring;

/// <summary>One gold answer and the document it describes (null when the document was not found).</summary>
public sealed record GoldCase(string Name, string GoldPath, string? DocumentPath);

/// <summary>
/// Finds <c>X.gold.json</c> files and their documents: <c>X.txt</c> (or .pdf, or an image) beside the gold file, else in
/// a sibling <c>seeds</c> folder, which is how the shared corpus keeps seed texts apart from their answers.
/// </summary>
public static class GoldCorpus
{
    public const string GoldSuffix = ".gold.json";

    public static IReadOnlyList<string> DocumentExtensions { get; } = [".txt", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public static IReadOnlyList<GoldCase> Find(IEnumerable<string> directories)
    {
        var cases = new List<GoldCase>();
        foreach (var directory in directories.Select(Path.GetFullPath))
        {
            var seeds = Path.Combine(Path.GetDirectoryName(directory) ?? directory, "seeds");
            foreach (var gold in Directory.EnumerateFiles(directory, "*" + GoldSuffix).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(gold)[..^GoldSuffix.Length];
                var document = Candidates(directory, name).Concat(Candidates(seeds, name)).FirstOrDefault(File.Exists);
                cases.Add(new GoldCase(name, gold, document));
            }
        }

        return cases;
    }

    private static IEnumerable<string> Candidates(string directory, string name) =>
        DocumentExtensions.Select(extension => Path.Combine(directory, name + extension));
}
