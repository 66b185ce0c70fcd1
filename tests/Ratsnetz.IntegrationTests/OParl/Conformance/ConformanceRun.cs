using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Ratsnetz.Testing.OParl;

namespace Ratsnetz.OParl.Conformance;

/// <summary>The steps every conformance test takes, and the summary it prints.</summary>
public static class ConformanceRun
{
    public static readonly IReadOnlyList<string> AllTypes =
    [
        "System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
        "Consultation", "File", "Location",
    ];

    /// <summary>Full crawl from the System object, second crawl of every list with a small limit, bad filter values.</summary>
    public static async Task<OParlCrawler> CrawlAsync(HttpClient client, OParlSchemaValidator validator, CrawlOptions options, CancellationToken cancellationToken)
    {
        var crawler = new OParlCrawler(client, validator, options);
        var watch = Stopwatch.StartNew();
        await crawler.RunAsync(new Uri(client.BaseAddress!, "/oparl/v1/system").ToString(), cancellationToken);
        await crawler.RecrawlWithLimitAsync(cancellationToken);
        await new FilterChecks(crawler).CheckBadValuesAsync(cancellationToken);
        crawler.Elapsed = watch.Elapsed;
        return crawler;
    }

    /// <summary>A deleted object answers at its own URL with deleted: true and nothing but id, type, created, modified.</summary>
    public static async Task CheckDeletedAtOwnUrlAsync(OParlCrawler crawler, string id, CancellationToken cancellationToken)
    {
        var fetched = await crawler.Http.GetJsonAsync(id, cancellationToken);
        if (fetched?.Json is not JsonObject value)
        {
            crawler.Violations.Add(id, Rules.DeletedReachable, "a deleted object must still answer at its own URL");
            return;
        }

        crawler.Rules.CheckValues(id, value);
        crawler.Rules.CheckObject(id, string.Empty, value);
        if (!ObjectRules.IsDeleted(value) || ObjectRules.IdOf(value) != id)
        {
            crawler.Violations.Add(id, Rules.DeletedReachable, $"answers {OParlHttp.Shorten(value.ToJsonString())}, not the deleted object");
        }
    }

    public static Dictionary<string, int> CountByType(OParlCrawler crawler) =>
        crawler.KnownIds.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static string Summary(OParlCrawler crawler)
    {
        var text = new StringBuilder();
        text.AppendLine($"crawl: {crawler.Elapsed.TotalSeconds:F1} s, {crawler.Http.Requests} requests, {crawler.ObjectsChecked} objects checked (embedded included), "
            + $"{crawler.Fetched.Count} fetched at their own URL, {crawler.Lists.Count} lists ({crawler.Lists.Values.Sum(l => l.Pages)} pages), {crawler.FilesChecked} file contents");
        text.AppendLine("distinct objects: " + string.Join(", ", CountByType(crawler).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        if (!crawler.ReferencesToDeleted.IsEmpty)
        {
            text.AppendLine($"live objects linking {crawler.ReferencesToDeleted.Count} deleted ones (allowed), e.g. {string.Join("; ", crawler.ReferencesToDeleted.Take(5).Select(p => $"{p.Value} → {p.Key}"))}");
        }

        text.AppendLine($"violations: {crawler.Violations.Count}");
        text.Append(crawler.Violations.Report());
        return text.ToString();
    }
}
