using Ratsnetz.Data.Postgres.Bench;
using Ratsnetz.Data.Sqlite.Bench;
using Ratsnetz.Testing;

namespace Ratsnetz.Bench;

/// <summary>Generated data sets for the bench tests, through the same bulk writers <c>bench generate</c> uses.</summary>
internal static class BenchData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TestDatabase> GeneratedAsync(DatabaseKind kind, int papers, int seed)
    {
        var database = await TestDatabases.CreateAsync(kind);
        await GenerateAsync(database, papers, seed);
        return database;
    }

    public static async Task<BenchGenerateResult> GenerateAsync(TestDatabase database, int papers, int seed)
    {
        await using IBenchBulkWriter writer = database.Kind == DatabaseKind.Sqlite
            ? await SqliteBenchBulkWriter.OpenAsync(database.ConnectionString, Ct)
            : await PostgresBenchBulkWriter.OpenAsync(database.ConnectionString, Ct);
        return await BenchGenerator.GenerateAsync(writer, BenchPlan.For(papers, seed), null, Ct);
    }
}
