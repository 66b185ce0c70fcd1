using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.OParl;

/// <summary>
/// The team's static copy of Karlsruhe's OParl data (../shared/data), unpacked once per test run, and what it holds,
/// counted here from the files themselves so the mirror tests compare against the data, not against numbers.
/// </summary>
internal sealed class KarlsruheSample
{
    public const string OriginalBase = "http://127.0.0.1:8765";

    private static readonly Lazy<Task<KarlsruheSample>> Unpacked = new(UnpackAsync);

    private KarlsruheSample(string root) => Root = root;

    /// <summary>The folder served as the server root (holds <c>oparl/system.json</c>).</summary>
    public string Root { get; }

    public const string SystemPath = "/oparl/system.json";

    public static Task<KarlsruheSample> RequireAsync()
    {
        var archive = TestEnvironment.SharedDirectory is { } shared ? Path.Combine(shared, "data", "oparl-karlsruhe-sample.tgz") : null;
        if (archive is null || !File.Exists(archive))
        {
            Assert.Skip("Skipped: ../shared/data/oparl-karlsruhe-sample.tgz is not beside this clone (the team's shared material).");
        }

        return Unpacked.Value;
    }

    /// <summary>Counts from the sample: what a complete mirror must hold.</summary>
    public SampleCounts Count()
    {
        var body = Read(Read(Read("/oparl/system.json").Field("body")!).Embedded("data").Single().Id()!);
        var organizations = Walk(body.Field("organization")).Select(o => o.Id()!).ToHashSet();
        var meetings = Walk(body.Field("meeting")).Where(m => !m.IsDeleted()).ToList();
        var papers = Walk(body.Field("paper")).Where(p => !p.IsDeleted()).DistinctBy(p => p.Id()).ToList();
        var meetingIds = meetings.Select(m => m.Id()!).ToHashSet();
        var items = meetings.SelectMany(m => m.Embedded("agendaItem")).DistinctBy(i => i.Id()).ToList();
        var itemIds = items.Select(i => i.Id()!).ToHashSet();
        // A consultation needs an organization or a meeting that can be read (the Consultation rule).
        var consultations = papers.SelectMany(p => p.Embedded("consultation")).DistinctBy(c => c.Id())
            .Where(c => c.Strings("organization").Any(organizations.Contains) || meetingIds.Contains(c.Reference("meeting") ?? string.Empty)
                || itemIds.Contains(c.Reference("agendaItem") ?? string.Empty))
            .ToList();
        var files = meetings.SelectMany(m => new[] { "invitation", "resultsProtocol", "verbatimProtocol", "auxiliaryFile" }.SelectMany(f => m.Embedded(f)))
            .Concat(items.SelectMany(i => new[] { "resolutionFile", "auxiliaryFile" }.SelectMany(f => i.Embedded(f))))
            .Concat(papers.SelectMany(p => new[] { "mainFile", "auxiliaryFile" }.SelectMany(f => p.Embedded(f))))
            .DistinctBy(f => f.Id())
            .ToList();
        return new SampleCounts(
            organizations.Count,
            meetings.Count,
            items.Count,
            papers.Count,
            consultations.Count,
            files.Count,
            files.Count(f => f.Field("text") is not null),
            meetings.Where(m => m.Embedded("agendaItem").Any()).Select(m => (m.Id()!, m.Field("name")!)).First());
    }

    private IEnumerable<JsonElement> Walk(string? listUrl)
    {
        for (var url = listUrl; url is not null;)
        {
            var page = Read(url);
            foreach (var item in page.Embedded("data"))
            {
                yield return item;
            }

            url = page.TryGetProperty("links", out var links) ? links.Field("next") : null;
        }
    }

    private JsonElement Read(string urlOrPath)
    {
        var path = urlOrPath.StartsWith(OriginalBase, StringComparison.Ordinal) ? urlOrPath[OriginalBase.Length..] : urlOrPath;
        return JsonSerializer.Deserialize<JsonElement>(File.ReadAllBytes(Path.Combine(Root, path.TrimStart('/'))));
    }

    private static async Task<KarlsruheSample> UnpackAsync()
    {
        var archive = Path.Combine(TestEnvironment.SharedDirectory!, "data", "oparl-karlsruhe-sample.tgz");
        var target = Directory.CreateTempSubdirectory("ratsnetz-karlsruhe-").FullName;
        await using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        {
            await TarFile.ExtractToDirectoryAsync(gzip, target, overwriteFiles: true);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(target, recursive: true);
        return new KarlsruheSample(Path.Combine(target, "oparl-sample"));
    }
}

internal sealed record SampleCounts(int Organizations, int Meetings, int AgendaItems, int Papers, int Consultations, int Files, int FilesWithText, (string Url, string Name) MeetingWithAgenda);
