using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// Finds what <c>bench oparl</c> requests, before measuring: each body's paper list from <c>/oparl/v1/bodies</c>, the
/// keyset cursor as the API writes it in <c>links.next</c> (docs/oparl-api.md: <c>after={last id}</c>), random
/// positions in the lists, <c>modified_since</c> pages, and random existing papers, meetings and people. Ids and
/// instants are sampled from the database, since a million papers cannot be crawled first.
/// </summary>
internal static partial class BenchOParlTargets
{
    private const int ModifiedSamples = 100;
    private const int ObjectSamples = 600;

    public static async Task<bool> ApiAvailableAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri("oparl/v1/system", UriKind.Relative), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    public static async Task<BenchTargets> DiscoverAsync(HttpClient client, AppDbContext db, int positions, CancellationToken cancellationToken)
    {
        var random = new Random(20_260_201);
        var paperLists = await PaperListsAsync(client, cancellationToken);
        var ranges = await db.Papers.GroupBy(p => p.BodyId)
            .Select(g => new PaperRange(g.Key, g.Min(p => p.Id), g.Max(p => p.Id), g.Count()))
            .ToListAsync(cancellationToken);
        ranges = [.. ranges.Where(r => paperLists.ContainsKey(r.BodyId))];
        if (ranges.Count == 0)
        {
            throw new InvalidOperationException("Keine Vorlagen in der Datenbank oder keine Körperschaft in /oparl/v1/bodies – erst 'ratsnetz bench generate' ausführen.");
        }

        var largest = ranges.MaxBy(r => r.Count)!;
        var cursor = await CursorTemplateAsync(client, paperLists[largest.BodyId], cancellationToken);
        var lists = new List<Uri>(positions);
        var total = ranges.Sum(r => (long)r.Count);
        for (var i = 0; i < positions; i++)
        {
            var range = Weighted(ranges, total, random);
            var after = random.Next(range.Min - 1, Math.Max(range.Min, range.Max - 100));
            // The cursor's query (after=…, and whatever else the API carries) on this body's own list.
            var list = paperLists[range.BodyId];
            lists.Add(cursor is null ? list : new Uri(list.GetLeftPart(UriPartial.Path) + Cursor().Replace(cursor.Query, m => m.Groups["name"].Value + after.ToString(CultureInfo.InvariantCulture))));
        }

        var modified = await ModifiedSincePagesAsync(client, db, paperLists, random, cancellationToken);
        var objects = await ObjectUrlsAsync(client.BaseAddress!, db, random, cancellationToken);
        return new BenchTargets((int)total, cursor is not null, lists, modified, objects);
    }

    private static async Task<Dictionary<int, Uri>> PaperListsAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var lists = new Dictionary<int, Uri>();
        Uri? page = new(client.BaseAddress!, "oparl/v1/bodies");
        while (page is not null)
        {
            using var json = await GetJsonAsync(client, page, cancellationToken);
            foreach (var body in json.RootElement.GetProperty("data").EnumerateArray())
            {
                var id = body.GetProperty("id").GetString()!;
                lists[int.Parse(id[(id.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture)] = new Uri(body.GetProperty("paper").GetString()!);
            }

            page = NextLink(json.RootElement);
        }

        return lists;
    }

    /// <summary>The first page's <c>links.next</c>, whose <c>after</c> value is swapped for random positions; null for a one-page list.</summary>
    private static async Task<Uri?> CursorTemplateAsync(HttpClient client, Uri list, CancellationToken cancellationToken)
    {
        using var json = await GetJsonAsync(client, list, cancellationToken);
        var next = NextLink(json.RootElement);
        if (next is not null && !Cursor().IsMatch(next.AbsoluteUri))
        {
            throw new InvalidOperationException($"links.next trägt keinen Cursor after=<id> wie in docs/oparl-api.md: {next}");
        }

        return next;
    }

    private static async Task<List<Uri>> ModifiedSincePagesAsync(HttpClient client, AppDbContext db, Dictionary<int, Uri> paperLists, Random random, CancellationToken cancellationToken)
    {
        var maxId = await db.Papers.MaxAsync(p => p.Id, cancellationToken);
        var candidates = Enumerable.Range(0, ModifiedSamples).Select(_ => random.Next(1, maxId + 1)).ToArray();
        var samples = await db.Papers.Where(p => candidates.Contains(p.Id)).Select(p => new { p.BodyId, p.Modified }).ToListAsync(cancellationToken);
        var pages = new List<Uri>();
        foreach (var sample in samples.Where(s => paperLists.ContainsKey(s.BodyId)))
        {
            var since = DateTime.SpecifyKind(sample.Modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
            var first = new Uri($"{paperLists[sample.BodyId].AbsoluteUri}{(paperLists[sample.BodyId].Query.Length > 0 ? '&' : '?')}modified_since={Uri.EscapeDataString(since)}");
            pages.Add(first);
            using var json = await GetJsonAsync(client, first, cancellationToken);
            if (NextLink(json.RootElement) is { } next)
            {
                pages.Add(next);
            }
        }

        return pages;
    }

    private static async Task<List<Uri>> ObjectUrlsAsync(Uri baseAddress, AppDbContext db, Random random, CancellationToken cancellationToken)
    {
        var papers = await SampleAsync(db.Papers.Where(p => p.IsPublic && !p.Deleted).Select(p => p.Id), random, cancellationToken);
        var meetings = await SampleAsync(db.Meetings.Where(m => !m.Deleted).Select(m => m.Id), random, cancellationToken);
        var people = await SampleAsync(db.People.Where(p => !p.Deleted).Select(p => p.Id), random, cancellationToken);
        return
        [
            .. papers.Select(id => new Uri(baseAddress, $"oparl/v1/papers/{id}")),
            .. meetings.Select(id => new Uri(baseAddress, $"oparl/v1/meetings/{id}")),
            .. people.Select(id => new Uri(baseAddress, $"oparl/v1/people/{id}")),
        ];
    }

    private static async Task<List<int>> SampleAsync(IQueryable<int> ids, Random random, CancellationToken cancellationToken)
    {
        var max = await ids.DefaultIfEmpty().MaxAsync(cancellationToken);
        var candidates = Enumerable.Range(0, ObjectSamples).Select(_ => random.Next(1, max + 1)).Distinct().ToArray();
        return await ids.Where(id => candidates.Contains(id)).ToListAsync(cancellationToken);
    }

    private static PaperRange Weighted(List<PaperRange> ranges, long total, Random random)
    {
        var pick = random.NextInt64(total);
        foreach (var range in ranges)
        {
            if ((pick -= range.Count) < 0)
            {
                return range;
            }
        }

        return ranges[^1];
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} antwortet {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, default, cancellationToken);
    }

    private static Uri? NextLink(JsonElement page) =>
        page.TryGetProperty("links", out var links) && links.TryGetProperty("next", out var next) && next.GetString() is { Length: > 0 } url ? new Uri(url) : null;

    [GeneratedRegex("(?<name>[?&]after=)[0-9]+")]
    private static partial Regex Cursor();

    private sealed record PaperRange(int BodyId, int Min, int Max, int Count);
}

/// <summary>What the OParl scenarios request; <see cref="Paged"/> is false when every list fits on one page.</summary>
internal sealed record BenchTargets(int Papers, bool Paged, IReadOnlyList<Uri> ListPages, IReadOnlyList<Uri> ModifiedSincePages, IReadOnlyList<Uri> Objects);
