using Ratsnetz.Import.Documents;

namespace Ratsnetz.Cli.Commands;

/// <summary>Counts what an import run did and prints the summary an operator reads at the end.</summary>
internal sealed class ImportTally(int missing)
{
    private readonly List<string> _problems = [];
    private readonly List<string> _uncertain = [];
    private readonly Dictionary<ImportOutcome, int> _counts = new() { [ImportOutcome.Created] = 0, [ImportOutcome.Updated] = 0, [ImportOutcome.Unchanged] = 0 };

    public int Failed { get; private set; } = missing;

    public int Done { get; private set; }

    public void Add(string file, (ImportOutcome? Outcome, string? Problem, IReadOnlyList<string> Uncertain) result)
    {
        Done++;
        if (result.Outcome is { } outcome)
        {
            _counts[outcome]++;
            _uncertain.AddRange(result.Uncertain.Select(u => $"{file}: {u}"));
        }
        else
        {
            Failed++;
            _problems.Add($"{file}: {result.Problem}");
        }
    }

    public void Print()
    {
        foreach (var problem in _problems)
        {
            Console.Error.WriteLine($"Fehler: {problem}");
        }

        foreach (var hint in _uncertain)
        {
            Console.WriteLine($"Zu prüfen: {hint}");
        }

        Console.WriteLine($"Import: {_counts[ImportOutcome.Created]} neu, {_counts[ImportOutcome.Updated]} aktualisiert, {_counts[ImportOutcome.Unchanged]} unverändert, {Failed} fehlgeschlagen");
    }
}
