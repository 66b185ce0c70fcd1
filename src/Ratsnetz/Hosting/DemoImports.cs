using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data.DemoData;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Hosting;

/// <summary>
/// Demo mode shows the document pipeline at work: it imports the team's sample documents and, when at hand, the
/// seed documents — which must land on the records the demo data already holds (no duplicate people or meetings).
/// </summary>
public static class DemoImports
{
    public static async Task<DemoImportReport> RunAsync(IServiceProvider services, string? seedDirectory, CancellationToken cancellationToken)
    {
        var documents = SampleDocuments.All().ToList();
        if (seedDirectory is not null)
        {
            documents.AddRange(Directory.EnumerateFiles(seedDirectory, "*.txt").Order(StringComparer.Ordinal)
                .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))));
        }

        var report = new DemoImportReport();
        foreach (var (fileName, content) in documents)
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ImportFileHandler>()
                .HandleAsync(new ImportFile(fileName, content), cancellationToken);
            report.Add(fileName, result.IsError ? null : result.Value.Outcome, result.Error?.Message);
        }

        return report;
    }
}

public sealed class DemoImportReport
{
    private readonly List<string> _failures = [];

    public int Imported { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public void Add(string fileName, ImportOutcome? outcome, string? problem)
    {
        if (outcome is null)
        {
            _failures.Add($"{fileName}: {problem}");
        }
        else
        {
            Imported++;
        }
    }

    public string Describe() =>
        $"Dokumente importiert: {Imported}" + (_failures.Count > 0 ? $"; nicht importiert: {string.Join("; ", _failures)}" : string.Empty);
}
