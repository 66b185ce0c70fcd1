using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Ratsnetz.Cli.Commands;

/// <summary>The figures of one <c>bench oparl</c> run, as a console table and as a Markdown file for bench/results.</summary>
internal sealed record BenchOParlReport(string Provider, int Papers, BenchOParlOptions Options, bool ApiAvailable, IReadOnlyList<BenchScenarioResult> Results, long? PeakMemoryBytes, DateTimeOffset MeasuredAt)
{
    public const string List = "list";
    public const string ModifiedSince = "modified_since";
    public const string Objects = "objects";
    public const string Ceiling = "ceiling";

    private const double ListP99TargetMs = 50;
    private const double CeilingShareTarget = 0.25;
    private const long MemoryTargetBytes = 400L * 1024 * 1024;

    private static readonly string[] Order = [List, ModifiedSince, Objects, Ceiling];

    public string FormatTable()
    {
        var text = new StringBuilder();
        text.AppendLine(Row("scenario", "requests", "req/s", "p50 ms", "p99 ms", "errors", "avg bytes", "% ceiling", "cpu ms/req"));
        foreach (var name in Order)
        {
            text.AppendLine(Find(name) is { } r
                ? Row(r.Name, N(r.Requests), N(r.RequestsPerSecond), F(r.P50Milliseconds), F(r.P99Milliseconds), N(r.Errors), N(r.AverageBytes), Share(r), Cpu(r))
                : Row(name, "pending: OParl API not available", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"server peak memory (VmHWM): {Memory()}");
        foreach (var target in Targets())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"target {target.Name}: {target.Measured} ({target.Verdict})");
        }

        foreach (var r in Results.Where(r => r.FirstError is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"first error in {r.Name}: {r.FirstError}");
        }

        return text.ToString();
    }

    public string FormatMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# bench oparl – {Provider}, {Papers:N0} papers");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Measured {MeasuredAt:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
            $"load generator and server on the same machine. {Options.Connections} connections; list pages at {Options.Positions:N0} random positions; before the first measurement each API scenario for {Options.ServerWarmUp.TotalSeconds:0.#} s (server warm-up), then {Options.Duration.TotalSeconds:0.#} s per scenario in {Options.Rounds} round(s) in which the scenarios and the ceiling take turns " +
            $"({(Options.Duration / Options.Rounds).TotalSeconds:0.#} s each per round, after {Options.WarmUp.TotalSeconds:0.#} s of warm-up), against the same server process.");
        text.AppendLine();
        text.AppendLine("| scenario | requests | req/s | p50 ms | p99 ms | errors | avg bytes | % of ceiling | server CPU ms/request |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var name in Order)
        {
            text.AppendLine(Find(name) is { } r
                ? $"| {r.Name} | {N(r.Requests)} | {N(r.RequestsPerSecond)} | {F(r.P50Milliseconds)} | {F(r.P99Milliseconds)} | {N(r.Errors)} | {N(r.AverageBytes)} | {Share(r)} | {Cpu(r)} |"
                : $"| {name} | pending: OParl API not available | | | | | | | |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Server peak memory (VmHWM of `ratsnetz serve`): {Memory()}.");
        text.AppendLine();
        text.AppendLine("| target | measured | |");
        text.AppendLine("|---|---|---|");
        foreach (var target in Targets())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Name} | {target.Measured} | {target.Verdict} |");
        }

        text.AppendLine();
        text.AppendLine("Scenarios: `list` = `/oparl/v1/bodies/{id}/papers?after=…` (100 per page) at random positions; " +
            "`modified_since` = the same lists filtered by a `modified` instant sampled from the papers, first and second pages; " +
            "`objects` = `/oparl/v1/papers|meetings|people/{id}` at random existing ids; " +
            "`ceiling` = `/bench/ceiling?bytes=N`, a precomputed answer as large as the average list page, through the same middleware. " +
            "Server CPU = CPU time of the `ratsnetz serve` process during the counted requests, divided by them (less sensitive to other load on the machine than requests per second; on PostgreSQL the database server's work is not in it).");
        return text.ToString();
    }

    private IEnumerable<(string Name, string Measured, string Verdict)> Targets()
    {
        var list = Find(List);
        var ceiling = Find(Ceiling);
        yield return ("list page p99 < 50 ms", list is null ? "pending" : $"{F(list.P99Milliseconds)} ms", Verdict(list is null ? null : list.P99Milliseconds < ListP99TargetMs));
        var share = list is not null && ceiling is { RequestsPerSecond: > 0 } ? list.RequestsPerSecond / ceiling.RequestsPerSecond : (double?)null;
        yield return ("list throughput ≥ 25 % of ceiling", share is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s * 100:F1} %") : "pending", Verdict(share >= CeilingShareTarget));
        yield return ("server memory < 400 MB", Memory(), Verdict(PeakMemoryBytes is { } m ? m < MemoryTargetBytes : null));
    }

    private static string Verdict(bool? met) => met switch
    {
        true => "met",
        false => "not met",
        null => "not measured",
    };

    private BenchScenarioResult? Find(string name) => Results.FirstOrDefault(r => r.Name == name);

    private string Share(BenchScenarioResult result) =>
        Find(Ceiling) is { RequestsPerSecond: > 0 } ceiling ? string.Create(CultureInfo.InvariantCulture, $"{result.RequestsPerSecond / ceiling.RequestsPerSecond * 100:F1} %") : "–";

    private static string Cpu(BenchScenarioResult result) =>
        result.ServerCpuMillisecondsPerRequest is { } cpu ? cpu.ToString("F3", CultureInfo.InvariantCulture) : "–";

    private string Memory() => PeakMemoryBytes is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F0} MB") : "not available (no /proc)";

    private static string Row(string name, string requests, string rate, string p50, string p99, string errors, string bytes, string share, string cpu) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-15} {requests,10} {rate,9} {p50,8} {p99,8} {errors,7} {bytes,10} {share,10} {cpu,10}");

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
