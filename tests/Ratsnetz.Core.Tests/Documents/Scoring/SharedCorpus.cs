namespace Ratsnetz.Documents.Scoring;

/// <summary>The shared documents and gold answers, beside the repository (<c>&lt;repo&gt;/../shared</c>); absent on other machines.</summary>
internal static class SharedCorpus
{
    public static string? Directory { get; } = Locate();

    /// <summary>All shared document texts (seeds and dev); empty when the corpus is absent.</summary>
    public static IReadOnlyList<string> Texts() => Directory is null
        ? []
        : new[] { "seeds", "dev" }.Select(d => Path.Combine(Directory, d)).Where(System.IO.Directory.Exists)
            .SelectMany(d => System.IO.Directory.EnumerateFiles(d, "*.txt")).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> GoldFolders() => Directory is null
        ? []
        : new[] { "gold", "dev" }.Select(d => Path.Combine(Directory, d)).Where(System.IO.Directory.Exists).ToList();

    private static string? Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ratsnetz.slnx")))
            {
                var shared = Path.Combine(directory.Parent?.FullName ?? directory.FullName, "shared");
                return System.IO.Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
