using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Consultations;

namespace Ratsnetz.Data.DemoData;

/// <summary>
/// Loads the demo data: the towns, bodies, meetings and people of the seed documents, kept as the project's own
/// data files (Data/DemoData/*.json). With a documents folder, the seed documents themselves are stored as files.
/// Everything is written in one transaction, in stages, because later records need the ids of earlier ones.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db)
{
    public async Task<DemoSeedReport> SeedAsync(string? documentsDirectory, CancellationToken cancellationToken)
    {
        var data = DemoDataSet.Load();
        await EnsureNotSeededAsync(data, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var bodies = new Dictionary<string, BodyRecords>(StringComparer.Ordinal);
        foreach (var file in data.Bodies)
        {
            var body = new Body(file.Name, file.ShortName, file.Classification, file.Website);
            db.Bodies.Add(body);
            bodies.Add(file.ShortName, new BodyRecords(body));
        }

        await db.SaveChangesAsync(cancellationToken);
        ForEachBody(data, bodies, (file, records) => BodySeeder.AddDirectory(db, file, records));
        await db.SaveChangesAsync(cancellationToken);
        ForEachBody(data, bodies, (file, records) => BodySeeder.AddMemberships(db, file, records));
        ForEachDocument(data, bodies, (document, records) => DocumentSeeder.AddPapers(db, document, records));
        await db.SaveChangesAsync(cancellationToken);

        var meetings = 0;
        ForEachDocument(data, bodies, (document, records) => meetings += DocumentSeeder.AddMeetings(db, document, records));
        await db.SaveChangesAsync(cancellationToken);

        AddPaperConsultations(bodies.Values);
        ForEachDocument(data, bodies, (document, records) => DocumentSeeder.AddConsultations(db, document, records));
        var missing = new List<string>();
        var files = 0;
        foreach (var document in data.Documents)
        {
            if (document.Source is not { } source)
            {
                continue;
            }

            if (await DocumentSeeder.AddSourceFileAsync(db, source, Records(bodies, document.Body), documentsDirectory, cancellationToken))
            {
                files++;
            }
            else
            {
                missing.Add(source.File);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DemoSeedReport(data.Bodies.Count, meetings, data.Bodies.Sum(b => b.People.Count), files, missing);
    }

    // The demo rows carry no marker, so a second run would duplicate every town; refusing is the honest answer.
    private async Task EnsureNotSeededAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        var shortNames = data.Bodies.Select(b => b.ShortName).ToList();
        var existing = await db.Bodies.AsNoTracking()
            .Where(b => shortNames.Contains(b.ShortName))
            .Select(b => b.Name)
            .ToListAsync(cancellationToken);
        if (existing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Die Datenbank enthält bereits Demodaten ({string.Join(", ", existing)}); bitte eine leere Datenbank verwenden.");
        }
    }

    // An agenda item's paper is consulted at that item (OParl's agendaItem.consultation).
    private void AddPaperConsultations(IEnumerable<BodyRecords> bodies)
    {
        foreach (var (paper, meeting, item) in bodies.SelectMany(b => b.PapersOnAgenda))
        {
            db.Consultations.Add(Consultation.Create(paper.Id, meeting.OrganizationId, meeting.Id, item.Id).Value);
        }
    }

    private static void ForEachBody(DemoDataSet data, Dictionary<string, BodyRecords> bodies, Action<BodyFile, BodyRecords> action)
    {
        foreach (var file in data.Bodies)
        {
            action(file, bodies[file.ShortName]);
        }
    }

    private static void ForEachDocument(DemoDataSet data, Dictionary<string, BodyRecords> bodies, Action<DocumentFile, BodyRecords> action)
    {
        foreach (var document in data.Documents)
        {
            action(document, Records(bodies, document.Body));
        }
    }

    private static BodyRecords Records(Dictionary<string, BodyRecords> bodies, string shortName) =>
        bodies.TryGetValue(shortName, out var records)
            ? records
            : throw new InvalidDataException($"A demo document refers to the unknown body '{shortName}'.");
}

public sealed record DemoSeedReport(int Bodies, int Meetings, int People, int Files, IReadOnlyList<string> MissingDocuments)
{
    public string Describe() =>
        $"Demodaten: {Bodies} Kommunen, {Meetings} Sitzungen, {People} Personen, {Files} Dokumente" +
        (MissingDocuments.Count > 0 ? $" (nicht gefunden: {string.Join(", ", MissingDocuments)})" : string.Empty);
}
