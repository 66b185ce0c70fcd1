using System.Diagnostics;

namespace Ratsnetz.Bench;

/// <summary>
/// <c>ratsnetz bench generate</c>: lays out a data set of the planned size and streams it table by table, in
/// foreign-key order, through the provider's bulk writer. Deterministic: the same plan (size and seed) gives the
/// same rows on either database.
/// </summary>
public static class BenchGenerator
{
    private static readonly (BenchTable Table, Action<BenchLayout, BenchRowCounter> Write)[] Passes =
    [
        (BenchTables.Bodies, BenchRows.Bodies),
        (BenchTables.LegislativeTerms, BenchRows.LegislativeTerms),
        (BenchTables.Locations, BenchRows.Locations),
        (BenchTables.Organizations, BenchRows.Organizations),
        (BenchTables.People, BenchRows.People),
        (BenchTables.Memberships, BenchRows.Memberships),
        (BenchTables.Papers, BenchRows.Papers),
        (BenchTables.PaperOriginators, BenchRows.PaperOriginators),
        (BenchTables.Meetings, BenchRows.Meetings),
        (BenchTables.AgendaItems, BenchRows.AgendaItems),
        (BenchTables.Consultations, BenchRows.Consultations),
        (BenchTables.Files, BenchRows.Files),
        (BenchTables.FileContents, BenchRows.FileContents),
    ];

    public static async Task<BenchGenerateResult> GenerateAsync(IBenchBulkWriter writer, BenchPlan plan, IProgress<BenchProgress>? progress, CancellationToken cancellationToken)
    {
        if (await writer.HoldsCouncilDataAsync(cancellationToken))
        {
            throw new InvalidOperationException("Die Datenbank enthält schon Ratsdaten; bench generate braucht eine leere, migrierte Datenbank (the database already holds council data).");
        }

        var total = Stopwatch.StartNew();
        var layout = BenchLayout.Build(plan);
        var layoutTime = total.Elapsed;
        var expected = Expected(layout);
        var tables = new List<BenchTableResult>();
        foreach (var (table, write) in Passes)
        {
            var clock = Stopwatch.StartNew();
            await using var rows = await writer.BeginTableAsync(table, cancellationToken);
            var counter = new BenchRowCounter(rows, written =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new BenchProgress(table.Name, written, expected.GetValueOrDefault(table.Name), clock.Elapsed));
            });
            write(layout, counter);
            await rows.CompleteAsync(cancellationToken);
            tables.Add(new BenchTableResult(table.Name, counter.Rows, clock.Elapsed));
            progress?.Report(new BenchProgress(table.Name, counter.Rows, counter.Rows, clock.Elapsed));
        }

        var commit = Stopwatch.StartNew();
        await writer.CommitAsync(cancellationToken);
        return new BenchGenerateResult(plan, tables, layoutTime, commit.Elapsed, total.Elapsed);
    }

    // Files are counted while they are written; 2.8 per paper is the planned proportion.
    private static Dictionary<string, long> Expected(BenchLayout layout) => new()
    {
        [BenchTables.Papers.Name] = layout.Plan.Papers,
        [BenchTables.PaperOriginators.Name] = layout.Plan.Papers,
        [BenchTables.Meetings.Name] = layout.Plan.Meetings,
        [BenchTables.AgendaItems.Name] = layout.ItemCount,
        [BenchTables.Consultations.Name] = layout.ConsultationCount,
        [BenchTables.Files.Name] = (long)(layout.Plan.Papers * 2.8),
        [BenchTables.FileContents.Name] = (long)(layout.Plan.Papers * 2.8),
        [BenchTables.People.Name] = layout.Plan.People,
        [BenchTables.Memberships.Name] = layout.Plan.People * 3L,
    };
}

public sealed record BenchProgress(string Table, long Rows, long ExpectedRows, TimeSpan Elapsed);

public sealed record BenchTableResult(string Table, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

public sealed record BenchGenerateResult(BenchPlan Plan, IReadOnlyList<BenchTableResult> Tables, TimeSpan Layout, TimeSpan Commit, TimeSpan Total)
{
    public long Rows => Tables.Sum(t => t.Rows);

    public double RowsPerSecond => Total.TotalSeconds > 0 ? Rows / Total.TotalSeconds : 0;
}
