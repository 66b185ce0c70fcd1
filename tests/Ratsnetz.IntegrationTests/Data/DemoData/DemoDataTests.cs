using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Files;
using Ratsnetz.Testing;
using static Ratsnetz.Data.DemoData.DemoSeed;

namespace Ratsnetz.Data.DemoData;

/// <summary>Seeding itself: without and with the seed documents, refusal to run twice, determinism.</summary>
public sealed class DemoDataTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Seeding_without_documents_loads_all_towns_and_lists_every_document_as_missing(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        DemoSeedReport report;
        await using (var seeding = database.CreateContext())
        {
            report = await new DemoDataSeeder(seeding).SeedAsync(null, Ct);
        }

        await using var db = database.CreateContext();
        Assert.Equal(3, report.Bodies);
        Assert.Equal(5, report.Meetings);
        Assert.Equal(0, report.Files);
        Assert.Equal(5, report.MissingDocuments.Count);
        Assert.Contains("000_0741b2841411a57c.txt", report.MissingDocuments);
        Assert.Equal(["Bergkamen", "Coesfeld", "Kamen"], await db.Bodies.Select(b => b.ShortName).OrderBy(n => n).ToListAsync(Ct));
        Assert.Equal(report.People, await db.People.CountAsync(Ct));
        Assert.Empty(await db.Files.ToListAsync(Ct));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task With_the_seed_documents_each_is_filed_and_the_Kamen_minutes_are_non_public(DatabaseKind kind)
    {
        var documents = TestEnvironment.RequireSeedDocuments();
        await using var database = await SeededAsync(kind, documents);
        await using var db = database.CreateContext();
        var meeting = await KamenIntegrationCouncilMeetingAsync(db);

        var files = await db.Files.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(5, files.Count);
        var minutes = files.Single(f => f.MeetingId == meeting.Id);
        Assert.Equal(FileRole.Minutes, minutes.Role);
        Assert.False(minutes.IsPublic);
        Assert.Contains("Integrationsrates", minutes.Text, StringComparison.Ordinal);
        Assert.Equal("text/plain; charset=utf-8", minutes.MediaType);
        Assert.Single(files, f => f.Role == FileRole.Resolution && f.AgendaItemId is not null);
        Assert.Single(files, f => f.Role == FileRole.MainFile && f.PaperId is not null);
        Assert.Equal(4, files.Count(f => f.IsPublic));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Seeding_a_second_time_is_refused(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DemoDataSeeder(db).SeedAsync(null, Ct));
        Assert.Equal(3, await db.Bodies.CountAsync(Ct));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Seeding_two_fresh_databases_gives_the_same_records_under_the_same_ids(DatabaseKind kind)
    {
        await using var first = await SeededAsync(kind);
        await using var second = await SeededAsync(kind);

        Assert.Equal(await FingerprintAsync(first), await FingerprintAsync(second));
    }

    private static async Task<List<string>> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var people = await db.People.OrderBy(p => p.Id).Select(p => $"person {p.Id} {p.BodyId} {p.FamilyName}").ToListAsync(Ct);
        var items = await db.AgendaItems.OrderBy(i => i.Id).Select(i => $"item {i.Id} {i.MeetingId} {i.Number} {i.Title}").ToListAsync(Ct);
        var memberships = await db.Memberships.OrderBy(m => m.Id).Select(m => $"seat {m.Id} {m.PersonId} {m.OrganizationId} {m.Role}").ToListAsync(Ct);
        return [.. people, .. items, .. memberships];
    }
}
