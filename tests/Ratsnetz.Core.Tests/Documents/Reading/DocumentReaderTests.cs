using System.Text;

namespace Ratsnetz.Documents.Reading;

public sealed class DocumentReaderTests
{
    private static readonly byte[] MinimalPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_file_is_refused_as_empty()
    {
        using var folder = new TempFolder();

        var read = await new DocumentReader(FakeTools.Working(), new()).ReadFileAsync(folder.Write("leer.txt", []), Ct);

        Assert.Equal(DocumentReadFailure.Empty, Failure(read));
    }

    [Fact]
    public async Task A_file_of_only_white_space_is_empty()
    {
        var read = await new DocumentReader(FakeTools.Working(), new()).ReadAsync("  \r\n\t \n"u8.ToArray(), "leer.txt", Ct);

        Assert.Equal(DocumentReadFailure.Empty, Failure(read));
    }

    [Fact]
    public async Task A_100_megabyte_file_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "riesig.pdf");
        await using (var stream = File.Create(path))
        {
            // Sparse: the test costs no disk space, and a reader that loaded it would still need 100 MB of memory.
            stream.SetLength(100L * 1024 * 1024);
        }

        var tools = FakeTools.Working();
        var read = await new DocumentReader(tools, new()).ReadFileAsync(path, Ct);

        Assert.Equal(DocumentReadFailure.TooLarge, Failure(read));
        Assert.Contains("100 MB", read.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(tools.Calls);
    }

    [Fact]
    public async Task The_size_limit_is_configurable()
    {
        var read = await new DocumentReader(FakeTools.Working(), new() { MaxBytes = 10 }).ReadAsync("Mehr als zehn Bytes Text"u8.ToArray(), "klein.txt", Ct);

        Assert.Equal(DocumentReadFailure.TooLarge, Failure(read));
    }

    [Fact]
    public async Task Binary_garbage_is_unsupported()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);

        var read = await new DocumentReader(FakeTools.Working(), new()).ReadAsync(bytes, "zufall.bin", Ct);

        Assert.Equal(DocumentReadFailure.Unsupported, Failure(read));
    }

    [Fact]
    public async Task An_office_document_is_unsupported_with_a_hint_to_export_a_pdf()
    {
        var read = await new DocumentReader(FakeTools.Working(), new()).ReadAsync("PK\x03\x04 word/document.xml"u8.ToArray(), "protokoll.docx", Ct);

        Assert.Equal(DocumentReadFailure.Unsupported, Failure(read));
        Assert.Contains("PDF", read.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_and_a_folder_are_typed_errors()
    {
        using var folder = new TempFolder();
        var reader = new DocumentReader(FakeTools.Working(), new());

        Assert.Equal(DocumentReadFailure.NotFound, Failure(await reader.ReadFileAsync(Path.Combine(folder.Path, "fehlt.txt"), Ct)));
        Assert.Equal(DocumentReadFailure.Unsupported, Failure(await reader.ReadFileAsync(folder.Path, Ct)));
    }

    [Fact]
    public async Task Text_is_recognised_by_content_whatever_the_extension_says()
    {
        using var folder = new TempFolder();
        var path = folder.Write("protokoll.pdf", Encoding.UTF8.GetBytes("Niederschrift\r\nBeginn: 17:00 Uhr"));

        var read = await new DocumentReader(FakeTools.Working(), new()).ReadFileAsync(path, Ct);

        Assert.Equal(TextSource.Text, read.Value.Source);
        Assert.Equal("Niederschrift\nBeginn: 17:00 Uhr", read.Value.Text);
    }

    [Fact]
    public async Task A_pdf_without_pdftotext_names_the_package_to_install()
    {
        var tools = FakeTools.Working();
        tools.Missing.Add("pdftotext");

        var read = await new DocumentReader(tools, new()).ReadAsync(MinimalPdf, "a.pdf", Ct);

        var error = Assert.IsType<DocumentReadError>(read.Error);
        Assert.Equal(DocumentReadFailure.ToolMissing, error.Failure);
        Assert.Equal("poppler-utils", error.Package);
        Assert.Contains("apt-get install poppler-utils", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_without_tesseract_names_both_tesseract_packages()
    {
        var tools = FakeTools.Working(pdfText: "\f");
        tools.Missing.Add("tesseract");

        var read = await new DocumentReader(tools, new()).ReadAsync(MinimalPdf, "scan.pdf", Ct);

        var error = Assert.IsType<DocumentReadError>(read.Error);
        Assert.Equal(DocumentReadFailure.ToolMissing, error.Failure);
        Assert.Equal("tesseract-ocr tesseract-ocr-deu", error.Package);
    }

    [Fact]
    public async Task Tesseract_without_german_language_data_names_the_language_package()
    {
        var tools = FakeTools.Working(pdfText: "\f").On("tesseract", _ => new ToolRun(0, "List of available languages (2):\neng\nosd\n", string.Empty));

        var read = await new DocumentReader(tools, new()).ReadAsync(MinimalPdf, "scan.pdf", Ct);

        Assert.Equal("tesseract-ocr-deu", Assert.IsType<DocumentReadError>(read.Error).Package);
    }

    [Fact]
    public async Task Only_pages_without_text_layer_go_through_ocr()
    {
        var tools = FakeTools.Working(pdfText: "Erste Seite mit einer ordentlichen Textebene und vielen Wörtern\f \f");

        var read = await new DocumentReader(tools, new()).ReadAsync(MinimalPdf, "gemischt.pdf", Ct);

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(TextSource.Ocr, read.Value.Source);
        Assert.Equal((2, 1), (read.Value.Pages, read.Value.OcrPages));
        Assert.Contains("Erste Seite", read.Value.Text, StringComparison.Ordinal);
        Assert.Contains("Erkannter Text", read.Value.Text, StringComparison.Ordinal);
        var raster = Assert.Single(tools.Calls, c => c.Tool == "pdftoppm");
        Assert.Equal(["-f", "2", "-l", "2"], raster.Arguments.SkipWhile(a => a != "-f").Take(4));
    }

    [Fact]
    public async Task Too_many_scanned_pages_are_refused()
    {
        var tools = FakeTools.Working(pdfText: string.Concat(Enumerable.Repeat("\f", 5)));

        var read = await new DocumentReader(tools, new() { MaxOcrPages = 3 }).ReadAsync(MinimalPdf, "dick.pdf", Ct);

        Assert.Equal(DocumentReadFailure.TooLarge, Failure(read));
        Assert.DoesNotContain(tools.Calls, c => c.Tool == "tesseract");
    }

    [Theory]
    [InlineData(1, "Command Line Error: Incorrect password", DocumentReadFailure.Encrypted)]
    [InlineData(3, "Permission Error", DocumentReadFailure.Encrypted)]
    [InlineData(1, "Syntax Error: Couldn't read xref table", DocumentReadFailure.Damaged)]
    [InlineData(139, "Segmentation fault", DocumentReadFailure.ToolFailed)]
    public async Task Pdftotext_failures_map_to_typed_errors(int exitCode, string message, DocumentReadFailure expected)
    {
        var tools = FakeTools.Working().On("pdftotext", _ => new ToolRun(exitCode, string.Empty, message));

        var read = await new DocumentReader(tools, new()).ReadAsync(MinimalPdf, "a.pdf", Ct);

        Assert.Equal(expected, Failure(read));
    }

    [Fact]
    public async Task A_tool_that_times_out_is_reported_as_such()
    {
        var tools = FakeTools.Working().On("pdftotext", _ => new ToolRun(-1, string.Empty, string.Empty, TimedOut: true));

        var read = await new DocumentReader(tools, new()).ReadAsync(MinimalPdf, "langsam.pdf", Ct);

        Assert.Equal(DocumentReadFailure.TimedOut, Failure(read));
    }

    [Fact]
    public async Task File_names_reach_the_tools_as_single_arguments_never_through_a_shell()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Protokoll; rm -rf ~ $(id).pdf", MinimalPdf);
        var tools = FakeTools.Working();

        var read = await new DocumentReader(tools, new()).ReadFileAsync(path, Ct);

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Contains(path, Assert.Single(tools.Calls).Arguments);
    }

    [Fact]
    public async Task A_timeout_kills_a_real_process()
    {
        Assert.SkipUnless(File.Exists("/bin/sleep"), "no /bin/sleep");

        var run = await new SystemExternalTools().RunAsync("sleep", ["30"], TimeSpan.FromMilliseconds(300), Ct);

        Assert.True(run.TimedOut);
    }

    private static DocumentReadFailure? Failure(Ratsnetz.Common.Result<DocumentContent> read) => (read.Error as DocumentReadError)?.Failure;
}
