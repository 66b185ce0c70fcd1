using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

public sealed class SearchProbeTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Probe(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        foreach (var q in new[] { "Integrationskonzepte", "Konzept", "Oezkir", "146/2021", "\"kommunales Integrationszentrum\"", "Integrationskonzpt", "Migrationsbeauftragte", "Stellenplan", "Sprachkurse", "Integrationsrat Kamen" })
        {
            var r = await SearchAsync(database, q);
            TestContext.Current.TestOutputHelper!.WriteLine($"== {q}: {r.Total} {r.CorrectedTo}");
            foreach (var h in r.Hits.Take(5))
            {
                TestContext.Current.TestOutputHelper!.WriteLine($"   {h.Kind} {string.Concat(h.Title.Select(p => p.Highlighted ? $"[{p.Text}]" : p.Text))} | {h.Context} | {string.Concat(h.Snippet.Select(p => p.Highlighted ? $"[{p.Text}]" : p.Text))}");
            }
        }
    }
}
