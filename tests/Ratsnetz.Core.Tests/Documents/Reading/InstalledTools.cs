namespace Ratsnetz.Documents.Reading;

/// <summary>Which of the real tools this machine has; tests that need them skip with the package to install.</summary>
internal static class InstalledTools
{
    private static readonly SystemExternalTools Tools = new();

    public static void RequirePdfText()
    {
        Assert.SkipUnless(Tools.IsAvailable("pdftotext") && Tools.IsAvailable("pdftoppm"), "pdftotext/pdftoppm fehlen (apt-get install poppler-utils)");
    }

    public static void RequireOcr()
    {
        RequirePdfText();
        Assert.SkipUnless(Tools.IsAvailable("tesseract") && HasGerman(), "tesseract mit deutschen Sprachdaten fehlt (apt-get install tesseract-ocr tesseract-ocr-deu)");
    }

    private static bool HasGerman()
    {
        var run = Tools.RunAsync("tesseract", ["--list-langs"], TimeSpan.FromSeconds(30), CancellationToken.None).GetAwaiter().GetResult();
        return (run.Output + run.Error).Split('\n', StringSplitOptions.TrimEntries).Contains("deu");
    }
}
