using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Testing;

namespace Ratsnetz.Data.DemoData;

/// <summary>Fresh seeded databases and lookups by facts, so tests never depend on generated ids.</summary>
internal static class DemoSeed
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TestDatabase> SeededAsync(DatabaseKind kind, string? documents = null)
    {
        var database = await TestDatabases.CreateAsync(kind);
        await using var db = database.CreateContext();
        await new DemoDataSeeder(db).SeedAsync(documents, Ct);
        return database;
    }

    public static async Task<Meeting> KamenIntegrationCouncilMeetingAsync(AppDbContext db)
    {
        var kamen = await db.Bodies.SingleAsync(b => b.ShortName == "Kamen", Ct);
        var council = await db.Organizations.SingleAsync(o => o.BodyId == kamen.Id && o.Kind == OrganizationKind.IntegrationCouncil, Ct);
        return await db.Meetings.AsNoTracking().AsSplitQuery()
            .Include(m => m.Attendances)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .SingleAsync(m => m.OrganizationId == council.Id, Ct);
    }

    public static Task<Dictionary<int, string>> FamilyNamesAsync(AppDbContext db) =>
        db.People.ToDictionaryAsync(p => p.Id, p => p.FamilyName, Ct);
}
