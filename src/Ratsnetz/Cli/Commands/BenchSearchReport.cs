using System.Globalization;
using System.Text;

namespace Ratsnetz.Cli.Commands;

/// <summary>The figures of one <c>bench search</c> run, as a console table and as a Markdown file for bench/results.</summary>
internal sealed record BenchSearchReport(
    string Provider, int Papers, int Documents, BenchSearchOptions Options, BenchSearchBuild? Build,
    IReadOnlyList<BenchScenarioResult> Http, IReadOnlyList<BenchScenarioResult> Floor, string LoadBefore, string LoadAfter, DateTimeOffset MeasuredAt)
{
    private const double P95TargetMs = 50;
    private const double BuildTarget = 2000;

    /// <summary>The first three fields of /proc/loadavg (1, 5, 15 minutes), or "n/a".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public string FormatTable()
    {
        var text = new StringBuilder();
        text.AppendLine(Row("kind", "req/s", "p50", "p95", "p99", "errors", "floor req/s", "floor p50", "floor p95", "floor p99"));
        foreach (var (h, f) in Pairs())
        {
            text.AppendLine(Row(h.Name, N(h.RequestsPerSecond), F(h.P50Milliseconds), F(h.P95Milliseconds), F(h.P99Milliseconds), N(h.Errors),
                N(f?.RequestsPerSecond), F(f?.P50Milliseconds), F(f?.P95Milliseconds), F(f?.P99Milliseconds)));
        }

        foreach (var line in Targets())
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    public string FormatMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# bench search: {Provider}, {Papers:N0} papers, {Documents:N0} search documents");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Measured {MeasuredAt:yyyy-MM-dd HH:mm} UTC; {Options.Connections} connections; {Options.WarmUp.TotalSeconds:0.#} s warm-up + {Options.Duration.TotalSeconds:0.#} s per kind; load average (1/5/15 min) before {LoadBefore}, after {LoadAfter}; {Environment.ProcessorCount} cores.");
        md.AppendLine();
        if (Build is { } b)
        {
            var texts = b.RealTextsSource is null
                ? ", generated texts only."
                : string.Create(CultureInfo.InvariantCulture, $"; every {b.RealShare}th generated file carries one of {b.RealTexts:N0} real file texts from `{b.RealTextsSource}`.");
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Index build (`SearchIndexer.RebuildAsync`): **{b.Documents:N0} documents in {b.Elapsed.TotalSeconds:N0} s = {b.DocumentsPerSecond:N0} documents/s**") + texts);
        }
        else
        {
            md.AppendLine("Index as found (built before, `--no-build`).");
        }

        md.AppendLine();
        md.AppendLine("HTTP: `GET /api/v1/search` on `ratsnetz serve` (separate process), anonymous, 20 results with snippets. Floor: the engine's raw full-text query for the same text (all clauses as tokens, top 20 by bm25 / `ts_rank`, no filters), ADO.NET, same number of connections. Latencies in ms.");
        md.AppendLine();
        md.AppendLine("| kind | queries | HTTP req/s | p50 | p95 | p99 | errors | floor req/s | floor p50 | floor p95 | floor p99 |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (h, f) in Pairs())
        {
            var queries = string.Join("; ", BenchSearchMix.Queries.Where(q => q.Kind == h.Name).Select(Describe));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {h.Name} | {queries} | {N(h.RequestsPerSecond)} | {F(h.P50Milliseconds)} | {F(h.P95Milliseconds)} | {F(h.P99Milliseconds)} | {N(h.Errors)} | {N(f?.RequestsPerSecond)} | {F(f?.P50Milliseconds)} | {F(f?.P95Milliseconds)} | {F(f?.P99Milliseconds)} |");
        }

        md.AppendLine();
        foreach (var line in Targets())
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        }

        foreach (var r in Http.Concat(Floor).Where(r => r.FirstError is not null))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- first error in {r.Name}: `{r.FirstError}`");
        }

        return md.ToString();
    }

    private IEnumerable<(BenchScenarioResult Http, BenchScenarioResult? Floor)> Pairs() =>
        Http.Select(h => (h, Floor.FirstOrDefault(f => f.Name == h.Name)));

    private IEnumerable<string> Targets()
    {
        var worst = Http.MaxBy(h => h.P95Milliseconds);
        if (worst is not null)
        {
            var over = Http.Where(h => h.P95Milliseconds >= P95TargetMs).Select(h => h.Name).ToList();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"target HTTP p95 < {P95TargetMs} ms per kind: {(over.Count == 0 ? "met" : "not met for " + string.Join(", ", over))} (worst {worst.Name}, {F(worst.P95Milliseconds)} ms)");
        }

        if (Build is { } b)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"target index build ≥ {BuildTarget:N0} documents/s: {(b.DocumentsPerSecond >= BuildTarget ? "met" : "not met")} ({b.DocumentsPerSecond:N0}/s)");
        }
    }

    private static string Describe(BenchSearchQuery q) =>
        $"`{q.Text.Replace("|", "\\|", StringComparison.Ordinal)}`"
        + (q.Type is null ? string.Empty : $" type={q.Type}")
        + (q.Year is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" year={q.Year}"))
        + (q.Page == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" page {q.Page}"));

    private static string Row(params string[] cells) =>
        string.Format(CultureInfo.InvariantCulture, "{0,-20}{1,8}{2,8}{3,8}{4,8}{5,8}{6,12}{7,10}{8,10}{9,10}", cells);

    private static string N(double? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string F(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "–";
}
