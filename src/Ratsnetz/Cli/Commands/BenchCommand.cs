using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Documents.Reading;
using Ratsnetz.Documents.Scoring;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz bench extract DIR…</c>: scores the extractor against every <c>*.gold.json</c> and measures its speed.
/// Prints numbers, not verdicts (exit code 0 whatever the scores); needs no database.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var directories = new Argument<DirectoryInfo[]>("DIR") { Description = "Ordner mit *.gold.json und den Dokumenten daneben", Arity = ArgumentArity.OneOrMore };
        var details = new Option<bool>("--details", "-v") { Description = "Jede Abweichung je Dokument zeigen (show every difference)" };
        var minTime = new Option<double>("--min-time") { Description = "Mindestdauer der Tempomessung in Sekunden", DefaultValueFactory = _ => 1.0 };
        var maxSize = ExtractCommand.MaxSizeOption();
        var noOcr = ExtractCommand.NoOcrOption();
        var extract = new Command("extract", "Bewertet die Extraktion gegen die Goldantworten: Präzision/Recall/F1 je Liste, Genauigkeit der Metadaten, Tempo");
        extract.Arguments.Add(directories);
        extract.Options.Add(details);
        extract.Options.Add(minTime);
        extract.Options.Add(maxSize);
        extract.Options.Add(noOcr);
        extract.SetAction((parse, ct) => RunAsync(
            parse.GetValue(directories)!, parse.GetValue(details), TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(minTime))),
            ExtractCommand.ReaderOptions(parse.GetValue(maxSize), parse.GetValue(noOcr)), ct));

        var bench = new Command("bench", "Messungen (benchmarks)");
        bench.Subcommands.Add(extract);
        bench.Subcommands.Add(BenchGenerateCommand.Create());
        bench.Subcommands.Add(BenchOParlCommand.Create());
        bench.Subcommands.Add(BenchSearchCommand.Create());
        return bench;
    }

    private static async Task<int> RunAsync(DirectoryInfo[] directories, bool details, TimeSpan minTime, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        if (directories.FirstOrDefault(d => !d.Exists) is { } missing)
        {
            await Console.Error.WriteLineAsync($"Fehler: Ordner nicht gefunden (directory not found): {missing.FullName}");
            return 2;
        }

        var reader = new DocumentReader(options);
        var extractor = new TextDocumentExtractor();
        var summary = new ScoreSummary();
        var scores = new List<DocumentScore>();
        var texts = new List<string>();
        var readAndExtract = new Stopwatch();
        foreach (var goldCase in GoldCorpus.Find(directories.Select(d => d.FullName)))
        {
            using var gold = await LoadGoldAsync(goldCase, cancellationToken);
            if (gold is null)
            {
                continue;
            }

            readAndExtract.Start();
            var text = await ReadAsync(reader, goldCase, cancellationToken);
            var extraction = text is null ? new DocumentExtraction() : await ExtractAsync(extractor, text, goldCase);
            readAndExtract.Stop();
            if (text is not null)
            {
                texts.Add(text);
            }

            var score = GoldScorer.Score(goldCase.Name, gold.RootElement, extraction);
            scores.Add(score);
            summary.Add(score);
        }

        if (scores.Count == 0)
        {
            await Console.Error.WriteLineAsync("Fehler: keine *.gold.json mit Dokument gefunden (no gold files found)");
            return 2;
        }

        var timing = MeasureExtraction(extractor, texts, minTime, scores.Count, readAndExtract.Elapsed);
        Console.Write(ScoreReport.Format(summary, scores, timing, details));
        return 0;
    }

    private static async Task<DocumentExtraction> ExtractAsync(TextDocumentExtractor extractor, string text, GoldCase goldCase)
    {
        try
        {
            return extractor.Extract(text);
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"Warnung: Extraktion von {goldCase.Name} fehlgeschlagen ({e.GetType().Name}: {e.Message}) – gewertet als leere Extraktion");
            return new DocumentExtraction();
        }
    }

    private static async Task<JsonDocument?> LoadGoldAsync(GoldCase goldCase, CancellationToken cancellationToken)
    {
        if (goldCase.DocumentPath is null)
        {
            await Console.Error.WriteLineAsync($"Warnung: kein Dokument zu {goldCase.Name}{GoldCorpus.GoldSuffix} (.txt/.pdf) gefunden – übersprungen");
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(goldCase.GoldPath);
            return await JsonDocument.ParseAsync(stream, default, cancellationToken);
        }
        catch (JsonException e)
        {
            await Console.Error.WriteLineAsync($"Warnung: {goldCase.Name}{GoldCorpus.GoldSuffix} ist kein gültiges JSON – übersprungen: {e.Message}");
            return null;
        }
    }

    // An unreadable document still counts, with an empty extraction: the gold answers it misses lower recall.
    private static async Task<string?> ReadAsync(DocumentReader reader, GoldCase goldCase, CancellationToken cancellationToken)
    {
        var read = await reader.ReadFileAsync(goldCase.DocumentPath!, cancellationToken);
        if (read.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"Warnung: {error.Message} – gewertet als leere Extraktion");
            return null;
        }

        return read.Value.Text;
    }

    // The scoring pass warmed up the JIT; now whole rounds over all texts until the minimum time has passed.
    private static BenchTiming MeasureExtraction(TextDocumentExtractor extractor, List<string> texts, TimeSpan minTime, int documents, TimeSpan readAndExtract)
    {
        if (texts.Count == 0)
        {
            return new BenchTiming(documents, 0, TimeSpan.Zero, 0, readAndExtract);
        }

        var rounds = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var text in texts)
            {
                try
                {
                    _ = extractor.Extract(text);
                }
                catch (Exception)
                {
                    // Already reported in the scoring pass; the time still counts.
                }
            }

            rounds++;
        }
        while (clock.Elapsed < minTime);

        return new BenchTiming(documents, texts.Count, clock.Elapsed, rounds, readAndExtract);
    }
}
