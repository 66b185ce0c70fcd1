using System.Runtime.CompilerServices;

namespace Ratsnetz.Documents.Extraction;

/// <summary>The shared seed and dev documents beside the repository (<c>&lt;repo&gt;/../shared</c>); absent elsewhere.</summary>
internal static class SharedDocuments
{
    public static string? Directory { get; } = Locate();

    /// <summary>The text of a shared document, or a skip of the test when the corpus is not on this machine.</summary>
    public static string Read(string folder, string fileName)
    {
        var path = Directory is null ? null : Path.Combine(Directory, folder, fileName);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"The shared corpus ({folder}/{fileName}) is not beside the repository on this machine.");
        }

        return File.ReadAllText(path);
    }

    public static IReadOnlyList<string> AllTexts()
    {
        if (Directory is null)
        {
            Assert.Skip("The shared corpus is not beside the repository on this machine.");
        }

        return new[] { "seeds", "dev" }.Select(d => Path.Combine(Directory, d)).Where(System.IO.Directory.Exists)
            .SelectMany(d => System.IO.Directory.EnumerateFiles(d, "*.txt")).Order(StringComparer.Ordinal).ToList();
    }

    // The build output may live outside the repository (a custom artifacts path), so the source location is a second start.
    private static string? Locate([CallerFilePath] string sourceFile = "") =>
        LocateFrom(AppContext.BaseDirectory) ?? LocateFrom(Path.GetDirectoryName(sourceFile) ?? string.Empty);

    private static string? LocateFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null && directory.Exists; directory = directory.Parent)
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
