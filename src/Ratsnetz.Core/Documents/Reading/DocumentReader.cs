using Ratsnetz.Common;

namespace Ratsnetz.Documents.Reading;

/// <summary>
/// Turns a council document – plain text in any common encoding, a PDF with or without text layer, or a scanned image –
/// into plain text. The kind is judged by content, not by extension. Every failure comes back as a
/// <see cref="DocumentReadError"/>; nothing is read into memory beyond <see cref="DocumentReaderOptions.MaxBytes"/>.
/// </summary>
public sealed class DocumentReader
{
    private readonly IExternalTools _tools;
    private readonly DocumentReaderOptions _options;
    private readonly PdfTextExtractor _pdf;
    private readonly OcrRecognizer _ocr;

    public DocumentReader(IExternalTools tools, DocumentReaderOptions options)
    {
        _tools = tools;
        _options = options;
        _ocr = new OcrRecognizer(tools, options);
        _pdf = new PdfTextExtractor(tools, options, _ocr);
    }

    public DocumentReader(DocumentReaderOptions? options = null)
        : this(new SystemExternalTools(), options ?? new DocumentReaderOptions())
    {
    }

    public async Task<Result<DocumentContent>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return Directory.Exists(path) ? DocumentReadError.Unsupported(name, "Verzeichnis (directory)") : DocumentReadError.NotFound(name);
        }

        if (file.Length == 0)
        {
            return DocumentReadError.Empty(name);
        }

        if (file.Length > _options.MaxBytes)
        {
            return DocumentReadError.TooLarge(name, file.Length, _options.MaxBytes);
        }

        byte[] header;
        try
        {
            header = await ReadHeaderAsync(file.FullName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DocumentReadError.Unreadable(name, e.Message);
        }

        var kind = DocumentSniffer.Sniff(header, out var description);
        if (kind == DocumentKind.PlainText)
        {
            try
            {
                // Length was checked above, so this read is bounded.
                return DecodeText(await File.ReadAllBytesAsync(file.FullName, cancellationToken), name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return DocumentReadError.Unreadable(name, e.Message);
            }
        }

        return await ReadBinaryAsync(kind, description, file.FullName, name, cancellationToken);
    }

    /// <summary>Reads content already in memory (an upload); <paramref name="name"/> only labels messages.</summary>
    public async Task<Result<DocumentContent>> ReadAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken = default)
    {
        if (content.IsEmpty)
        {
            return DocumentReadError.Empty(name);
        }

        if (content.Length > _options.MaxBytes)
        {
            return DocumentReadError.TooLarge(name, content.Length, _options.MaxBytes);
        }

        var kind = DocumentSniffer.Sniff(content.Span[..Math.Min(content.Length, DocumentSniffer.HeaderLength)], out var description);
        if (kind is DocumentKind.PlainText or DocumentKind.Unknown)
        {
            return kind == DocumentKind.PlainText ? DecodeText(content.Span, name) : DocumentReadError.Unsupported(name, description ?? "unbekannt");
        }

        // The tools read files: put the bytes in a private temporary folder that is removed afterwards.
        var directory = Directory.CreateTempSubdirectory("ratsnetz-read-");
        try
        {
            var path = Path.Combine(directory.FullName, kind == DocumentKind.Pdf ? "document.pdf" : "document.image");
            await File.WriteAllBytesAsync(path, content, cancellationToken);
            return await ReadBinaryAsync(kind, description, path, name, cancellationToken);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private async Task<Result<DocumentContent>> ReadBinaryAsync(DocumentKind kind, string? description, string path, string name, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case DocumentKind.Pdf:
                DirectoryInfo? work = null;
                try
                {
                    return await _pdf.ReadAsync(path, name, () => (work ??= Directory.CreateTempSubdirectory("ratsnetz-ocr-")).FullName, cancellationToken);
                }
                finally
                {
                    work?.Delete(recursive: true);
                }

            case DocumentKind.Png or DocumentKind.Jpeg or DocumentKind.Tiff:
                return await ReadImageAsync(kind, path, name, cancellationToken);
            default:
                return DocumentReadError.Unsupported(name, description ?? "unbekannt");
        }
    }

    private async Task<Result<DocumentContent>> ReadImageAsync(DocumentKind kind, string path, string name, CancellationToken cancellationToken)
    {
        if (!_options.Ocr)
        {
            return DocumentReadError.Unsupported(name, "Bild, aber Texterkennung ist ausgeschaltet (image, OCR disabled)");
        }

        if (await _ocr.CheckAsync(needsRasteriser: false, cancellationToken) is { } missing)
        {
            return missing;
        }

        var recognised = await _ocr.RecognizeImageAsync(path, name, cancellationToken);
        if (recognised.IsError)
        {
            return recognised.Error!;
        }

        var text = PlainTextDecoder.Normalize(recognised.Value);
        return PdfTextExtractor.Letters(text) == 0
            ? DocumentReadError.NoText(name)
            : new DocumentContent(text, TextSource.Ocr, kind, OcrPages: 1);
    }

    private static Result<DocumentContent> DecodeText(ReadOnlySpan<byte> bytes, string name)
    {
        if (PlainTextDecoder.Decode(bytes) is not { } decoded)
        {
            return DocumentReadError.Unsupported(name, "Binärdaten, kein Text (binary data)");
        }

        var text = PlainTextDecoder.Normalize(decoded.Text);
        return string.IsNullOrWhiteSpace(text)
            ? DocumentReadError.Empty(name)
            : new DocumentContent(text, TextSource.Text, DocumentKind.PlainText, decoded.Encoding);
    }

    private static async Task<byte[]> ReadHeaderAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        var header = new byte[DocumentSniffer.HeaderLength];
        var length = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return header[..length];
    }
}
