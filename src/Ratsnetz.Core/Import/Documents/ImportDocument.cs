using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.Files;
using Ratsnetz.Data;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Import.Documents;

/// <summary>Import one document whose text has been read and extracted.</summary>
/// <param name="FileName">The name it came under (folders are stripped).</param>
/// <param name="BodyName">The municipality to file it under when the document does not name one (--body).</param>
public sealed record ImportDocument(string FileName, byte[] Content, string MediaType, string Text, DocumentExtraction Extraction, string? BodyName = null);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed record ImportResult(ImportOutcome Outcome, int ImportId, int? MeetingId, int? PaperId, int CreatedPeople, IReadOnlyList<string> UncertainMatches);

/// <summary>
/// Turns an extraction into council records in one transaction: the same bytes again change nothing; a new version of
/// a document already imported for the same meeting updates it in place; facts keep their line ranges.
/// </summary>
public sealed class ImportDocumentHandler(AppDbContext db)
{
    public async Task<Result<ImportResult>> HandleAsync(ImportDocument command, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(command.Content));
        var previous = await db.DocumentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Sha256 == sha && i.SupersededById == null, cancellationToken);
        if (previous is not null)
        {
            return new ImportResult(ImportOutcome.Unchanged, previous.Id, previous.MeetingId, previous.PaperId, 0, []);
        }

        var target = await ImportTargets.ResolveBodyAsync(db, command.Extraction, command.BodyName, cancellationToken);
        if (target.IsError)
        {
            return target.Error!;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await ImportAsync(command, sha, target.Value, cancellationToken);
            if (result.IsError)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result;
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        });
    }

    private async Task<Result<ImportResult>> ImportAsync(ImportDocument command, string sha, ImportBody body, CancellationToken cancellationToken)
    {
        var file = await StoreFileAsync(command, sha, cancellationToken);
        if (file.IsError)
        {
            return file.Error!;
        }

        var import = new DocumentImport(file.Value.Id, sha, file.Value.FileName, command.Extraction.Type, body.BodyId);
        db.DocumentImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);

        var session = new ImportSession(db, import, body, command.Extraction);
        var produced = await session.ApplyAsync(cancellationToken);
        if (produced.IsError)
        {
            return produced.Error!;
        }

        var outcome = ImportOutcome.Created;
        if (produced.Value.MeetingId is { } meetingId)
        {
            var earlier = await db.DocumentImports
                .Where(i => i.MeetingId == meetingId && i.SourceName == import.SourceName && i.SupersededById == null && i.Id != import.Id)
                .ToListAsync(cancellationToken);
            foreach (var older in earlier)
            {
                older.SupersededBy(import.Id);
                outcome = ImportOutcome.Updated;
            }
        }

        var attached = file.Value.AttachTo(produced.Value.MeetingId, produced.Value.AgendaItemId, produced.Value.PaperId);
        if (attached.IsError && produced.Value.MeetingId is null && produced.Value.PaperId is null)
        {
            return new ValidationError("import.nothing_recognised", "The document names no meeting or paper that could be recorded.");
        }

        import.Produced(produced.Value.MeetingId, produced.Value.PaperId);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(outcome, import.Id, produced.Value.MeetingId, produced.Value.PaperId, session.CreatedPeople, session.Uncertain);
    }

    // The demo may already hold the same document as a file (seeded from the same bytes): reuse it, never duplicate it.
    private async Task<Result<StoredFile>> StoreFileAsync(ImportDocument command, string sha, CancellationToken cancellationToken)
    {
        var existing = await db.Files.FirstOrDefaultAsync(f => f.Sha256 == sha && !f.Deleted, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var role = command.Extraction.Type switch
        {
            "minutes" => FileRole.Minutes,
            "motion" => FileRole.MainFile,
            "resolution" => FileRole.Resolution,
            "agenda" => FileRole.Invitation,
            _ => FileRole.Auxiliary,
        };
        var created = StoredFile.Create(Path.GetFileName(command.FileName), Path.GetFileNameWithoutExtension(command.FileName), command.MediaType, command.Content, role);
        if (created.IsError)
        {
            return created.Error!;
        }

        created.Value.SetText(command.Text);
        // A document with a non-public part is itself non-public; staff publish a public version separately.
        if (command.Extraction.Agenda.Any(a => !a.Public) || command.Extraction.Decisions.Any(d => !d.Public))
        {
            created.Value.MakeNonPublic();
        }

        db.Files.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return created.Value;
    }
}
