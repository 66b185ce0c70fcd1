namespace Ratsnetz.Hosting;

/// <summary>
/// Finds the folder with the seed documents. They are not part of the repository (ADR 0004); the demo stores
/// them as files when they are at hand.
/// </summary>
public static class SeedDocuments
{
    public static string? Locate(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Directory.Exists(explicitDirectory)
                ? Path.GetFullPath(explicitDirectory)
                : throw new StartupException($"The documents folder '{explicitDirectory}' does not exist.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "..", "shared", "seeds");
                if (File.Exists(Path.Combine(directory.FullName, "Ratsnetz.slnx")) && Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
