using System.Text;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Data.DemoData;

/// <summary>Maps what one source document says, and files the document itself when it is at hand.</summary>
internal static class DocumentSeeder
{
    private const string MediaType = "text/plain; charset=utf-8";

    public static void AddPapers(AppDbContext db, DocumentFile document, BodyRecords records)
    {
        foreach (var entry in document.Papers ?? [])
        {
            var paper = Paper.Create(records.BodyId, entry.Reference, entry.Name, entry.Type, entry.Date).Value;
            paper.SetSummary(entry.Summary);
            if (!entry.Public)
            {
                paper.MakeNonPublic();
            }

            foreach (var originator in entry.Originators ?? [])
            {
                paper.AddOriginator(
                    originator.Person is { } person ? records.Person(person).Id : null,
                    originator.Organization is { } organization ? records.Organization(organization).Id : null,
                    originator.Function).ThrowIfError();
            }

            db.Papers.Add(paper);
            records.Add(entry.KeyOrDefault, paper);
        }
    }

    public static int AddMeetings(AppDbContext db, DocumentFile document, BodyRecords records)
    {
        var meetings = document.Meetings ?? [];
        foreach (var entry in meetings)
        {
            db.Meetings.Add(MeetingSeeder.Create(entry, records));
        }

        return meetings.Count;
    }

    public static void AddConsultations(AppDbContext db, DocumentFile document, BodyRecords records)
    {
        foreach (var entry in document.Consultations ?? [])
        {
            var consultation = Consultation.Create(
                records.Paper(entry.Paper).Id,
                entry.Organization is { } organization ? records.Organization(organization).Id : null,
                entry.Meeting is { } meeting ? records.Meeting(meeting).Id : null,
                entry.AgendaItem is { } item ? records.AgendaItem(item).Id : null,
                entry.Role,
                entry.Authoritative).Value;
            db.Consultations.Add(consultation);
        }
    }

    /// <summary>Stores the source document, or returns false when the folder does not hold it.</summary>
    public static async Task<bool> AddSourceFileAsync(
        AppDbContext db, SourceEntry source, BodyRecords records, string? documentsDirectory, CancellationToken cancellationToken)
    {
        if (Path.GetFileName(source.File) != source.File)
        {
            throw new InvalidDataException($"The source file '{source.File}' must be a plain file name.");
        }

        var path = documentsDirectory is null ? null : Path.Combine(documentsDirectory, source.File);
        if (path is null || !File.Exists(path))
        {
            return false;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var file = StoredFile.Create(source.FileName, source.Name, MediaType, content, source.Role).Value;
        file.SetText(Encoding.UTF8.GetString(content).TrimStart('\uFEFF'));
        file.SetDate(source.Date);
        if (!source.Public)
        {
            file.MakeNonPublic();
        }

        var target = source.AttachTo;
        file.AttachTo(
            target.Meeting is { } meeting ? records.Meeting(meeting).Id : null,
            target.AgendaItem is { } item ? records.AgendaItem(item).Id : null,
            target.Paper is { } paper ? records.Paper(paper).Id : null).ThrowIfError();
        db.Files.Add(file);
        return true;
    }
}
