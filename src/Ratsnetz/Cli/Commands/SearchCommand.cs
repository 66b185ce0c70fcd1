using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Search;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz search reindex</c>: rebuilds the search index from the council records (ADR 0015). Saves keep the index
/// current on their own; a rebuild is for a database migrated to 0012 with data already in it, or after a change to
/// stemming or folding. Progress on stderr, the summary on stdout.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var reindex = new Command("reindex", "Baut den Suchindex aus allen Sitzungen, Tagesordnungspunkten, Vorlagen, Dateien, Personen und Gremien neu auf");
        reindex.SetAction((parse, ct) => CommonOptions.RunAsync(() => ReindexAsync(CommonOptions.Overrides(parse), ct)));
        var search = new Command("search", "Volltextsuche: Index neu aufbauen");
        search.Subcommands.Add(reindex);
        return search;
    }

    private static async Task<int> ReindexAsync(Dictionary<string, string?> overrides, CancellationToken ct)
    {
        using var host = CommonOptions.BuildToolHost(overrides);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        var db = services.GetRequiredService<AppDbContext>();
        ProgressLine? line = null;
        var progress = new SynchronousProgress(p =>
        {
            line ??= new ProgressLine(p.Total);
            line.Show(p.Done, p.Kind);
        });

        var watch = Stopwatch.StartNew();
        var documents = await SearchIndexer.RebuildAsync(db, services.GetRequiredService<ISearchIndex>(), progress, ct);
        watch.Stop();
        line?.Clear();
        var rate = watch.Elapsed.TotalSeconds > 0 ? documents / watch.Elapsed.TotalSeconds : documents;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search reindex: {documents:N0} Dokumente in {watch.Elapsed.TotalSeconds:F1} s ({rate:N0} Dokumente/s)"));
        return 0;
    }

    // Progress<T> posts to the thread pool; the bar must be drawn before the summary line, so report in place.
    internal sealed class SynchronousProgress(Action<SearchRebuildProgress> report) : IProgress<SearchRebuildProgress>
    {
        public void Report(SearchRebuildProgress value) => report(value);
    }
}
