namespace Ratsnetz.Documents.Reading;

/// <summary>The reader against the real poppler and tesseract tools; skipped where they are not installed.</summary>
public sealed class PdfReadingTests
{
    private readonly DocumentReader _reader = new();

    [Fact]
    public async Task A_pdf_with_a_text_layer_is_read_from_the_layer_with_its_umlauts()
    {
        InstalledTools.RequirePdfText();

        var read = await _reader.ReadAsync(TestPdfs.WithTextLayer(TestPdfs.MinutesLines), "protokoll.pdf", TestContext.Current.CancellationToken);

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(TextSource.PdfTextLayer, read.Value.Source);
        Assert.Equal(DocumentKind.Pdf, read.Value.Kind);
        Assert.Contains("Niederschrift über die 3. Sitzung des Integrationsrates", read.Value.Text, StringComparison.Ordinal);
        Assert.Contains("Beginn: 17:00 Uhr", read.Value.Text, StringComparison.Ordinal);
        Assert.Equal(0, read.Value.OcrPages);
    }

    [Fact]
    public async Task A_scanned_pdf_without_text_layer_is_read_through_ocr()
    {
        InstalledTools.RequireOcr();
        using var folder = new TempFolder();
        var pgm = await RasteriseAsync(folder, TestPdfs.WithTextLayer(TestPdfs.MinutesLines), "-gray", ".pgm");
        var scan = folder.Write("scan.pdf", TestPdfs.ImageOnly(await File.ReadAllBytesAsync(pgm, TestContext.Current.CancellationToken)));

        var read = await _reader.ReadFileAsync(scan, TestContext.Current.CancellationToken);

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(TextSource.Ocr, read.Value.Source);
        Assert.Equal(1, read.Value.OcrPages);
        AssertKeyWords(read.Value.Text);
    }

    [Fact]
    public async Task A_png_image_is_read_through_ocr()
    {
        InstalledTools.RequireOcr();
        using var folder = new TempFolder();
        var png = await RasteriseAsync(folder, TestPdfs.WithTextLayer(TestPdfs.MinutesLines), "-png", ".png");

        // Named .dat: the kind comes from the content, not the extension.
        var renamed = folder.Write("seite.dat", await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken));
        var read = await _reader.ReadFileAsync(renamed, TestContext.Current.CancellationToken);

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(DocumentKind.Png, read.Value.Kind);
        Assert.Equal(TextSource.Ocr, read.Value.Source);
        AssertKeyWords(read.Value.Text);
    }

    [Fact]
    public async Task A_truncated_pdf_is_reported_as_damaged()
    {
        InstalledTools.RequirePdfText();
        var whole = TestPdfs.WithTextLayer(TestPdfs.MinutesLines);

        var read = await _reader.ReadAsync(whole.AsMemory(0, whole.Length * 6 / 10), "abgeschnitten.pdf", TestContext.Current.CancellationToken);

        var error = Assert.IsType<DocumentReadError>(read.Error);
        Assert.Equal(DocumentReadFailure.Damaged, error.Failure);
        Assert.Contains("abgeschnitten.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_protected_pdf_is_reported_as_encrypted()
    {
        InstalledTools.RequirePdfText();

        var read = await _reader.ReadAsync(TestPdfs.WithTextLayer(TestPdfs.MinutesLines, encrypted: true), "geheim.pdf", TestContext.Current.CancellationToken);

        var error = Assert.IsType<DocumentReadError>(read.Error);
        Assert.Equal(DocumentReadFailure.Encrypted, error.Failure);
    }

    [Fact]
    public async Task A_pdf_header_followed_by_garbage_is_a_typed_error_not_a_crash()
    {
        InstalledTools.RequireOcr();
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);

        var read = await _reader.ReadAsync(bytes, "kaputt.pdf", TestContext.Current.CancellationToken);

        var error = Assert.IsType<DocumentReadError>(read.Error);
        Assert.True(error.IsBadInput, error.Message);
    }

    // OCR may misread a letter; the key words of the page must be there.
    private static void AssertKeyWords(string text)
    {
        string[] words = ["Niederschrift", "Integrationsrates", "Bergkamen", "Beigeordnete", "Tagesordnung"];
        var found = words.Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        Assert.True(found >= 4, $"only {found} of the key words in OCR text:\n{text}");
        Assert.Contains("17:00", text, StringComparison.Ordinal);
    }

    private static async Task<string> RasteriseAsync(TempFolder folder, byte[] pdf, string format, string extension)
    {
        var source = folder.Write("vorlage.pdf", pdf);
        var prefix = Path.Combine(folder.Path, "bild");
        var run = await new SystemExternalTools().RunAsync("pdftoppm", ["-r", "200", format, "-singlefile", source, prefix], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(run.Succeeded, run.Error);
        return prefix + extension;
    }
}

/// <summary>A private temporary folder, removed with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ratsnetz-test-").FullName;

    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
