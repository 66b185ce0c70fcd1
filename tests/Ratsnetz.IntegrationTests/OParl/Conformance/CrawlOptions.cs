namespace Ratsnetz.OParl.Conformance;

/// <summary>How thoroughly a crawl checks: the demo is checked completely, a large data set by sample.</summary>
public sealed record CrawlOptions
{
    /// <summary>Lists, objects and files fetched at the same time.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>
    /// 1 = every object is fetched at its own URL (and compared with every place it was seen); N = about one in N
    /// (chosen by a hash of the URL, so the same ones every run). Systems and bodies are always fetched.
    /// </summary>
    public int SingleObjectSampling { get; init; } = 1;

    /// <summary>The <c>limit</c> of the first, deep crawl of every list; null asks for the server's default page size.</summary>
    public int? ListLimit { get; init; }

    /// <summary>Every list is crawled a second time with this <c>limit</c>: same ids in the same order, pages no larger.</summary>
    public int RecrawlLimit { get; init; } = 3;

    /// <summary>Texts of non-public content: none may appear in any string of any answer or in file content.</summary>
    public IReadOnlyCollection<string> ForbiddenTexts { get; init; } = [];

    /// <summary>URLs of non-public objects: none may be referenced anywhere, and each (a sample, see above) must answer 404.</summary>
    public IReadOnlyCollection<string> ForbiddenUrls { get; init; } = [];
}
