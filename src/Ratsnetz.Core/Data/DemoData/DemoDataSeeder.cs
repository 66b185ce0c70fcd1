namespace Ratsnetz.Data.DemoData;

/// <summary>Loads the demo data drawn from the seed documents. (Being written.)</summary>
public sealed class DemoDataSeeder(AppDbContext db)
{
    public Task<DemoSeedReport> SeedAsync(string? documentsDirectory, CancellationToken cancellationToken)
    {
        _ = db;
        _ = documentsDirectory;
        _ = cancellationToken;
        return Task.FromResult(new DemoSeedReport(0, 0, 0, 0, []));
    }
}

public sealed record DemoSeedReport(int Bodies, int Meetings, int People, int Files, IReadOnlyList<string> MissingDocuments)
{
    public string Describe() =>
        $"Demodaten: {Bodies} Kommunen, {Meetings} Sitzungen, {People} Personen, {Files} Dokumente" +
        (MissingDocuments.Count > 0 ? $" (nicht gefunden: {string.Join(", ", MissingDocuments)})" : string.Empty);
}
