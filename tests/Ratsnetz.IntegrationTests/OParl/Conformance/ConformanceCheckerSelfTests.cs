using Ratsnetz.Testing.OParl;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// The conformance crawl must notice what it claims to check: run against <see cref="BrokenOParlApi"/>, every rule
/// broken there is reported. A suite that passes everything would otherwise look the same as a conformant API.
/// </summary>
public sealed class ConformanceCheckerSelfTests
{
    [Fact]
    public async Task The_crawl_reports_every_kind_of_violation_of_a_broken_server()
    {
        await using var validator = await OParlSchemaValidator.StartOrSkipAsync();
        using var client = new HttpClient(new BrokenOParlApi()) { BaseAddress = new Uri(BrokenOParlApi.Base) };
        var options = new CrawlOptions { RecrawlLimit = 1, ForbiddenTexts = [BrokenOParlApi.Secret], ForbiddenUrls = [BrokenOParlApi.Api + "/papers/5"] };
        var cancellation = TestContext.Current.CancellationToken;

        var crawler = await ConformanceRun.CrawlAsync(client, validator, options, cancellation);
        await new FilterChecks(crawler).CheckAsync(FilterCase.Around(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)), cancellation);

        var reported = crawler.Violations.All.Select(v => v.Rule).ToHashSet();
        string[] expected =
        [
            Rules.NoNull, Rules.NoEmptyString, Rules.Cors, Rules.ETag, Rules.NotModified, Rules.ContentType, Rules.Utf8,
            Rules.BodyLists, Rules.ExtensionPrefix, Rules.CreatedModified, Rules.Schema, Rules.ListItemType,
            Rules.Duplicates, Rules.NextLink, Rules.ListShape, Rules.DeletedInPlainList, Rules.DeletedShape,
            Rules.IdIsUrl, Rules.SameObject, Rules.Reference, Rules.Limit, Rules.FilterKept, Rules.FilterApplied,
            Rules.OmitInternal, Rules.BadFilter, Rules.FileContent, Rules.NonPublic,
        ];
        Assert.All(expected, rule => Assert.True(reported.Contains(rule), $"{rule} was not reported\n{crawler.Violations.Report()}"));
    }
}
