using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;
using static Ratsnetz.Bench.BenchData;

namespace Ratsnetz.Bench;

/// <summary><c>bench generate</c> on both engines: sizes and proportions, determinism, refusal to mix with existing data.</summary>
public sealed class BenchGenerateTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Three_hundred_papers_come_with_meetings_people_files_and_consultations_in_the_planned_proportions(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        var result = await GenerateAsync(database, 300, seed: 7);
        await using var db = database.CreateContext();

        Assert.Equal(300, await db.Papers.CountAsync(Ct));
        Assert.Equal(1, await db.Bodies.CountAsync(Ct));
        Assert.Equal(300 / 8, await db.Meetings.CountAsync(Ct));
        Assert.Equal(40, await db.People.CountAsync(Ct));
        Assert.Equal(20, await db.Organizations.CountAsync(Ct));
        Assert.Equal(4, await db.LegislativeTerms.CountAsync(Ct));
        Assert.InRange(await db.Files.CountAsync(Ct) / 300.0, 2.5, 3.1);
        Assert.Equal(await db.Files.CountAsync(Ct), await db.FileContents.CountAsync(Ct));
        Assert.InRange(await db.Consultations.CountAsync(Ct) / 300.0, 1.15, 1.45);
        Assert.InRange(await db.AgendaItems.CountAsync(Ct) / (double)(300 / 8), 9, 13);
        Assert.InRange(await db.Memberships.CountAsync(Ct) / 40.0, 2.5, 3.5);
        Assert.Equal(300, await db.PaperOriginators.CountAsync(Ct));
        Assert.Contains(await db.Organizations.Select(o => o.Kind).Distinct().ToListAsync(Ct), k => k == Council.Organizations.OrganizationKind.Faction);
        Assert.True(await db.AgendaItems.AnyAsync(i => !i.IsPublic, Ct), "some agenda items are non-public");
        Assert.True(await db.AgendaItems.AnyAsync(i => i.PaperId != null, Ct), "agenda items deal with papers");
        Assert.True(await db.Consultations.AnyAsync(c => c.AgendaItemId != null, Ct) && await db.Consultations.AnyAsync(c => c.MeetingId == null, Ct));
        Assert.True(await db.Memberships.AnyAsync(m => m.Deleted, Ct) || await db.People.AnyAsync(p => p.Deleted, Ct) || await db.Files.AnyAsync(f => f.Deleted, Ct),
            "a few objects are soft-deleted");
        Assert.Equal(result.Rows, result.Tables.Sum(t => t.Rows));
        Assert.Equal(await db.Files.CountAsync(Ct), result.Tables.Single(t => t.Table == "files").Rows);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task File_rows_hold_text_and_content_whose_size_and_hash_they_state(DatabaseKind kind)
    {
        await using var database = await GeneratedAsync(kind, 120, seed: 3);
        await using var db = database.CreateContext();

        var files = await db.Files.Include(f => f.Content).OrderBy(f => f.Id).Take(60).ToListAsync(Ct);

        Assert.All(files, file =>
        {
            Assert.NotNull(file.Content);
            Assert.Equal(file.Size, file.Content!.Data.LongLength);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(file.Content.Data)));
            Assert.InRange(file.Text!.Length, 150, 1_500);
            Assert.Contains(file.MediaType, new[] { "text/plain", "application/pdf" });
            Assert.True(file.MediaType != "application/pdf" || file.Content.Data.AsSpan().StartsWith("%PDF-"u8));
        });
        Assert.Contains(files, f => f.MediaType == "text/plain");
        Assert.Contains(files, f => f.MediaType == "application/pdf");
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows(DatabaseKind kind)
    {
        await using var first = await GeneratedAsync(kind, 150, seed: 11);
        await using var second = await GeneratedAsync(kind, 150, seed: 11);
        await using var other = await GeneratedAsync(kind, 150, seed: 12);

        var fingerprint = await FingerprintAsync(first);

        Assert.Equal(fingerprint, await FingerprintAsync(second));
        Assert.NotEqual(fingerprint, await FingerprintAsync(other));
    }

    [Fact]
    public async Task Both_engines_receive_the_same_rows_for_the_same_seed()
    {
        TestEnvironment.SkipUnlessAvailable(DatabaseKind.Postgres);
        await using var sqlite = await GeneratedAsync(DatabaseKind.Sqlite, 150, seed: 5);
        await using var postgres = await GeneratedAsync(DatabaseKind.Postgres, 150, seed: 5);

        Assert.Equal(await FingerprintAsync(sqlite), await FingerprintAsync(postgres));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_database_that_already_holds_council_data_is_refused(DatabaseKind kind)
    {
        await using var database = await GeneratedAsync(kind, 50, seed: 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GenerateAsync(database, 50, seed: 1));

        Assert.Contains("schon Ratsdaten", error.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(50, await db.Papers.CountAsync(Ct));
    }

    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var papers = await db.Papers.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Reference}|{p.Name}|{p.Date}|{p.IsPublic}|{p.Deleted}|{p.Modified:yyyy-MM-ddTHH:mm:ss.fffffff}").ToListAsync(Ct);
        var files = await db.Files.OrderBy(f => f.Id).Select(f => $"{f.Id}|{f.Sha256}|{f.PaperId}|{f.MeetingId}|{f.AgendaItemId}").ToListAsync(Ct);
        var meetings = await db.Meetings.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.OrganizationId}|{m.Date}|{m.StartTime}|{m.StartsAtUtc:yyyy-MM-ddTHH:mm:ss.fffffff}").ToListAsync(Ct);
        var people = await db.People.OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.GivenName}|{p.FamilyName}").ToListAsync(Ct);
        var memberships = await db.Memberships.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.PersonId}|{m.OrganizationId}|{m.Role}|{m.DeputyOfId}|{m.StartDate}").ToListAsync(Ct);
        return string.Join('\n', papers.Concat(files).Concat(meetings).Concat(people).Concat(memberships));
    }
}
