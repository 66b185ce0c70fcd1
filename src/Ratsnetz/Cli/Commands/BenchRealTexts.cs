using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Ratsnetz.Search;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// Real council file texts for <c>bench search</c>: the extracted <c>text</c> of every File object in an OParl sample
/// archive (the team's Karlsruhe copy, <c>../shared/data/oparl-karlsruhe-sample.tgz</c>), read straight from the
/// archive and never stored in the repository. Every <c>share</c>-th generated file (by id) gets one of them instead of
/// its generated text when the index is built — deterministic, and the council tables stay as they are.
/// </summary>
internal sealed class BenchRealTexts
{
    private readonly List<string> _texts;
    private readonly int _share;

    private BenchRealTexts(List<string> texts, int share)
    {
        _texts = texts;
        _share = share;
    }

    public int Count => _texts.Count;

    public long Characters => _texts.Sum(t => (long)t.Length);

    public static async Task<BenchRealTexts> ReadAsync(FileInfo archive, int share, CancellationToken ct)
    {
        var byEntry = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await using var file = archive.OpenRead();
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            using var json = await JsonDocument.ParseAsync(entry.DataStream, default, ct);
            var texts = new List<string>();
            Collect(json.RootElement, texts);
            if (texts.Count > 0)
            {
                byEntry[entry.Name] = texts;
            }
        }

        // A file embedded in several objects (a paper and its list page) counts once.
        var distinct = byEntry.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToList();
        return new BenchRealTexts(distinct, share);
    }

    /// <summary>The source with a real text when its file id falls on the share; otherwise unchanged.</summary>
    public SearchSource Adapt(SearchSource source) =>
        source.Kind == SearchKind.File && _texts.Count > 0 && source.EntityId % _share == 0
            ? source with { Content = _texts[(source.EntityId / _share) % _texts.Count] }
            : source;

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                    && type.GetString()!.EndsWith("/File", StringComparison.Ordinal)
                    && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                    && !string.IsNullOrWhiteSpace(text.GetString()))
                {
                    texts.Add(text.GetString()!);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
