using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Files;
using Ratsnetz.Data;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.Documents;

public sealed class ImportDocumentTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Importing_minutes_records_meeting_attendance_agenda_decision_and_speakers(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);

        var result = await ImportAsync(database, ImportSamples.Minutes());

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        await using var db = database.CreateContext();
        var meeting = await db.Meetings.Include(m => m.Attendances).Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .SingleAsync(m => m.Id == result.MeetingId, TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2025, 3, 12), meeting.Date);
        Assert.Equal(3, meeting.SessionNumber);
        Assert.Equal(5, meeting.Attendances.Count);
        var chair = await db.People.SingleAsync(p => p.FamilyName == "Yilmaz", TestContext.Current.CancellationToken);
        Assert.Equal(AttendanceRole.Chair, meeting.Attendances.Single(a => a.PersonId == chair.Id).Role);
        var substitute = meeting.Attendances.Single(a => a.SubstituteForPersonId is not null);
        Assert.Equal(await db.People.Where(p => p.FamilyName == "Brandt").Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken), substitute.SubstituteForPersonId);
        Assert.Equal(new TimeOnly(18, 20), meeting.Attendances.Single(a => a.From is not null).From);
        var report = meeting.AgendaItems.Single(i => i.Number == "2" && i.IsPublic);
        Assert.Equal(Council.AgendaItems.DecisionOutcome.Noted, report.Outcome);
        Assert.Equal(3, report.Contributions.Count);
        Assert.Equal("12/2025", (await db.Papers.SingleAsync(p => p.Id == report.PaperId, TestContext.Current.CancellationToken)).Reference);
        Assert.Equal(5, await db.People.CountAsync(TestContext.Current.CancellationToken));
        Assert.Contains(result.UncertainMatches, m => m.Contains("Petrovlc", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Facts_keep_the_line_ranges_they_came_from(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);

        var result = await ImportAsync(database, ImportSamples.Minutes());

        await using var db = database.CreateContext();
        var dateFact = await db.FactProvenance.SingleAsync(p => p.DocumentImportId == result.ImportId && p.Field == "date", TestContext.Current.CancellationToken);
        Assert.Equal(("Meeting", result.MeetingId, 2, 2), (dateFact.EntityType, (int?)dateFact.EntityId, dateFact.FirstLine, dateFact.LastLine));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Importing_the_same_document_twice_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await ImportAsync(database, ImportSamples.Minutes());
        var before = await CountsAsync(database);

        var second = await ImportAsync(database, ImportSamples.Minutes());

        Assert.Equal(ImportOutcome.Unchanged, second.Outcome);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_corrected_version_updates_the_same_meeting(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var first = await ImportAsync(database, ImportSamples.Minutes());

        var corrected = await ImportAsync(database, ImportSamples.Minutes(text: "Niederschrift über die 3. Sitzung (berichtigt)"));

        Assert.Equal(ImportOutcome.Updated, corrected.Outcome);
        Assert.Equal(first.MeetingId, corrected.MeetingId);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Meetings.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(5, await db.People.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(corrected.ImportId, (await db.DocumentImports.SingleAsync(i => i.Id == first.ImportId, TestContext.Current.CancellationToken)).SupersededById);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_document_with_a_non_public_part_is_stored_as_a_non_public_file(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);

        var result = await ImportAsync(database, ImportSamples.Minutes());

        await using var db = database.CreateContext();
        var file = await db.Files.SingleAsync(f => f.MeetingId == result.MeetingId, TestContext.Current.CancellationToken);
        Assert.False(file.IsPublic);
        Assert.Equal(FileRole.Minutes, file.Role);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_failing_document_leaves_no_partial_records(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var broken = ImportSamples.Minutes(end: "17:00");

        var result = await ImportAsync(database, broken, expectError: true);

        Assert.Null(result);
        Assert.Equal((0, 0, 0, 0), await CountsAsync(database));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Minutes_fill_in_a_meeting_first_known_from_a_motion(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var motion = ImportSamples.Document("antrag.txt", "Antrag zur Sitzung des Integrationsrates am 12.03.2025", new DocumentExtraction
        {
            Type = "motion",
            Municipality = ImportSamples.Town,
            Title = "Zuschüsse für Sprachcafés",
            SubmittedDate = "2025-02-20",
            TargetBody = "Integrationsrat",
            TargetMeetingDate = "2025-03-12",
            AgendaNumber = "2",
            AgendaTitle = "Bericht zum Integrationskonzept",
        });
        var consulted = await ImportAsync(database, motion);

        var minutes = await ImportAsync(database, ImportSamples.Minutes());

        await using var db = database.CreateContext();
        var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(minutes.MeetingId, meeting.Id);
        Assert.Equal(new TimeOnly(18, 0), meeting.StartTime);
        Assert.Equal(3, meeting.SessionNumber);
        Assert.Equal(Council.Meetings.MeetingState.Held, meeting.State);
        Assert.Equal(3, meeting.AgendaItems.Count);
        Assert.Contains(db.Consultations, c => c.PaperId == consulted.PaperId && c.MeetingId == meeting.Id);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_misread_session_number_still_finds_the_only_meeting_of_that_day_and_is_flagged(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var first = await ImportAsync(database, ImportSamples.Minutes());
        var scan = ImportSamples.Minutes(text: "gescannte Fassung") with { FileName = "scan.pdf" };
        scan = scan with { Extraction = scan.Extraction with { SessionNumber = 8 } };

        var second = await ImportAsync(database, scan);

        Assert.Equal(first.MeetingId, second.MeetingId);
        Assert.Contains(second.UncertainMatches, m => m.StartsWith("session_number", StringComparison.Ordinal));
    }

    internal static async Task<ImportResult> ImportAsync(TestDatabase database, ImportDocument document, bool expectError = false)
    {
        await using var db = database.CreateContext();
        var result = await new ImportDocumentHandler(db).HandleAsync(document, TestContext.Current.CancellationToken);
        Assert.Equal(expectError, result.IsError);
        return expectError ? null! : result.Value;
    }

    private static async Task<(int Meetings, int People, int Files, int Imports)> CountsAsync(TestDatabase database)
    {
        await using AppDbContext db = database.CreateContext();
        return (await db.Meetings.CountAsync(), await db.People.CountAsync(), await db.Files.CountAsync(), await db.DocumentImports.CountAsync());
    }
}
