using PdfSharp.Fonts;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux. This resolver serves one free sans-serif family from the system's
/// font folders: DejaVu Sans (Debian package fonts-dejavu-core), else Liberation Sans. Every family name asked for
/// maps to it, so the documents look the same on every server.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "Ratsnetz Sans";

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts", "C:\\Windows\\Fonts"];

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
    ];

    private static readonly Lazy<(string Regular, string Bold)?> Files = new(FindFiles);

    private static readonly Lock Gate = new();

    /// <summary>Whether a usable font was found; without one no PDF can be written.</summary>
    public static bool IsAvailable => Files.Value is not null;

    /// <summary>
    /// Installs the resolver once per process (PDFsharp's font settings are global) and selects PDFsharp's AGPL
    /// licence, which version 6.5 requires before any document is made; Ratsnetz is AGPL-3.0-or-later (ADR 0010).
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is not SystemFontResolver)
            {
                GlobalFontSettings.FontResolver = new SystemFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName)
    {
        var files = Files.Value ?? throw new InvalidOperationException(
            "No font for PDF documents: install DejaVu Sans (fonts-dejavu-core) or Liberation Sans.");
        return File.ReadAllBytes(faceName == "bold" ? files.Bold : files.Regular);
    }

    private static (string Regular, string Bold)? FindFiles()
    {
        var folders = FontFolders.Where(Directory.Exists).ToList();
        foreach (var (regular, bold) in Candidates)
        {
            var regularPath = Find(folders, regular);
            var boldPath = Find(folders, bold);
            if (regularPath is not null && boldPath is not null)
            {
                return (regularPath, boldPath);
            }
        }

        return null;
    }

    private static string? Find(List<string> folders, string fileName) => folders
        .Select(folder => Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories).FirstOrDefault())
        .FirstOrDefault(path => path is not null);
}
