using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Documents.Reading;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz import FILE|DIR… [--body NAME]</c>: documents become meetings, papers, attendance and votes. Each
/// document is imported in its own transaction; one bad file is reported and the rest go on.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Dateien oder Ordner mit Ratsdokumenten", Arity = ArgumentArity.OneOrMore };
        var body = new Option<string?>("--body") { Description = "Kommune, wenn das Dokument sie nicht nennt (z. B. Kamen)" };
        var command = new Command("import", "Importiert Ratsdokumente (Text, PDF, Scan) als Sitzungen, Vorlagen und Beschlüsse");
        var maxSize = ExtractCommand.MaxSizeOption();
        command.Arguments.Add(paths);
        command.Options.Add(body);
        command.Options.Add(maxSize);
        command.SetAction((parse, ct) => CommonOptions.RunAsync(() =>
            RunAsync(CommonOptions.Overrides(parse), parse.GetValue(paths)!, parse.GetValue(body), ExtractCommand.ReaderOptions(parse.GetValue(maxSize), noOcr: false).MaxBytes, ct)));
        return command;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, string[] paths, string? body, long maxBytes, CancellationToken ct)
    {
        var (files, missing) = Collect(paths);
        foreach (var path in missing)
        {
            await Console.Error.WriteLineAsync($"Fehler: '{path}' gibt es nicht.");
        }

        using var host = CommonOptions.BuildToolHost(overrides);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        }

        var tally = new ImportTally(missing.Count);
        var progress = new ProgressLine(files.Count);
        foreach (var file in files)
        {
            progress.Show(tally.Done, Path.GetFileName(file));
            await using var scope = host.Services.CreateAsyncScope();
            var outcome = await ImportOneAsync(scope.ServiceProvider.GetRequiredService<ImportFileHandler>(), file, body, maxBytes, ct);
            tally.Add(Path.GetFileName(file), outcome);
        }

        progress.Clear();
        tally.Print();
        return tally.Failed == 0 ? 0 : ExtractCommand.Unreadable;
    }

    private static async Task<(ImportOutcome? Outcome, string? Problem, IReadOnlyList<string> Uncertain)> ImportOneAsync(ImportFileHandler handler, string file, string? body, long maxBytes, CancellationToken ct)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > maxBytes)
            {
                return (null, $"zu groß ({length / 1024 / 1024} MB; Grenze --max-size {maxBytes / 1024 / 1024} MB)", []);
            }

            var result = await handler.HandleAsync(new ImportFile(Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct), body), ct);
            return result.IsError ? (null, result.Error!.Message, []) : (result.Value.Outcome, null, result.Value.UncertainMatches);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message, []);
        }
    }

    private static (List<string> Files, List<string> Missing) Collect(string[] paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".gold.json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }
}
