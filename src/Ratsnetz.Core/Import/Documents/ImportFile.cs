using Ratsnetz.Common;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Documents.Reading;

namespace Ratsnetz.Import.Documents;

/// <summary>Import one file as received (text, PDF, scan): read, extract, record. The CLI and uploads share this.</summary>
public sealed record ImportFile(string FileName, byte[] Content, string? BodyName = null);

/// <summary>The steps of an import, reported to callers that show progress (uploads).</summary>
public enum ImportStage
{
    Reading,
    Extracting,
    Recording,
}

public sealed class ImportFileHandler(DocumentReader reader, TextDocumentExtractor extractor, ImportDocumentHandler importer)
{
    public Task<Result<ImportResult>> HandleAsync(ImportFile command, CancellationToken cancellationToken) =>
        HandleAsync(command, null, cancellationToken);

    /// <param name="onStage">Called as each step begins (reading can take minutes for a scan).</param>
    public async Task<Result<ImportResult>> HandleAsync(ImportFile command, Func<ImportStage, CancellationToken, Task>? onStage, CancellationToken cancellationToken)
    {
        onStage ??= (_, _) => Task.CompletedTask;
        await onStage(ImportStage.Reading, cancellationToken);
        var read = await reader.ReadAsync(command.Content, command.FileName, cancellationToken);
        if (read.IsError)
        {
            return read.Error!;
        }

        await onStage(ImportStage.Extracting, cancellationToken);
        var extraction = extractor.Extract(read.Value.Text);
        if (extraction.Type == "unknown")
        {
            return new ValidationError("import.unknown_kind", "The document could not be recognised as minutes, agenda, resolution, motion or article.");
        }

        await onStage(ImportStage.Recording, cancellationToken);
        var document = new ImportDocument(command.FileName, command.Content, MediaTypeOf(read.Value.Kind), read.Value.Text, extraction, command.BodyName);
        return await importer.HandleAsync(document, cancellationToken);
    }

    private static string MediaTypeOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Png => "image/png",
        DocumentKind.Jpeg => "image/jpeg",
        DocumentKind.Tiff => "image/tiff",
        _ => "text/plain",
    };
}
