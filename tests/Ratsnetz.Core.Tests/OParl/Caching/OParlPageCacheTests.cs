using System.Globalization;

namespace Ratsnetz.OParl.Caching;

/// <summary>The cache's own bookkeeping: what it keeps, room, least recently used pages first, its folder on disk.</summary>
public sealed class OParlPageCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ratsnetz-page-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_full_cache_drops_the_least_recently_used_pages_and_their_files()
    {
        using var cache = new OParlPageCache(new OParlPageCacheOptions { Directory = _root, MaxMegabytes = 1 });

        // Pages of ~100 KB: the eleventh goes over 1 MB, and pages are dropped until a tenth of the room is free.
        for (var i = 1; i <= 9; i++)
        {
            Keep(cache, i);
        }

        using (var used = cache.Open(Key(1)))
        {
            Assert.NotNull(used);
        }

        Keep(cache, 10);
        Keep(cache, 11);

        var statistics = cache.Statistics;
        Assert.True(statistics.Bytes <= 1024 * 1024 * 9 / 10, $"{statistics.Bytes} bytes kept");
        Assert.NotNull(cache.Open(Key(1)).AndDispose());
        Assert.NotNull(cache.Open(Key(11)).AndDispose());
        Assert.Null(cache.Open(Key(2)));
        Assert.Equal(statistics.Pages, Directory.GetFiles(Directory.GetDirectories(_root).Single()).Length);
    }

    [Fact]
    public void A_kept_page_reads_back_as_it_was_written_with_its_tag()
    {
        using var cache = new OParlPageCache(new OParlPageCacheOptions { Directory = _root, MaxMegabytes = 1 });
        using var page = Page(3);
        var expected = Bytes(page);
        cache.Keep(Key(3), [new OParlRowStamp(3, false, 7, default, default)], page);
        Assert.Null(cache.Open(Key(3)));
        cache.Keep(Key(3), [new OParlRowStamp(3, false, 7, default, default)], page);

        using var kept = cache.Open(Key(3))!;
        Assert.True(kept.Matches([new OParlListRow(3, false, default, default, new Documents.StoredJson(7, null, null))]));
        Assert.False(kept.Matches([new OParlListRow(3, false, default, default, new Documents.StoredJson(8, null, null))]));
        Assert.False(kept.Matches([]));
        using var document = kept.ToDocument();
        Assert.Equal(page.ETag, document.ETag);
        Assert.Equal(expected, Bytes(document));
    }

    [Fact]
    public void Each_cache_works_in_its_own_folder_and_removes_it_and_those_of_ended_processes()
    {
        var ended = Path.Combine(_root, "2147483646-1");
        var running = Path.Combine(_root, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-999999"));
        Directory.CreateDirectory(ended);
        Directory.CreateDirectory(running);

        string own;
        using (var cache = new OParlPageCache(new OParlPageCacheOptions { Directory = _root, MaxMegabytes = 1 }))
        {
            Keep(cache, 1);
            own = Directory.GetDirectories(_root).Single(d => d != running);
            Assert.False(Directory.Exists(ended));
        }

        Assert.False(Directory.Exists(own));
        Assert.True(Directory.Exists(running));
    }

    [Fact]
    public void A_cache_without_room_keeps_nothing()
    {
        using var cache = new OParlPageCache(new OParlPageCacheOptions { Directory = _root, MaxMegabytes = 0 });
        Keep(cache, 1);

        Assert.False(cache.Enabled);
        Assert.Null(cache.Open(Key(1)));
        Assert.False(Directory.Exists(_root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static OParlPageKey Key(int after) => new("http://127.0.0.1", "papers", 1, new OParlListRequest { After = after });

    /// <summary>A page asked for twice: the cache keeps pages from their second request on.</summary>
    private static void Keep(OParlPageCache cache, int after)
    {
        using var page = Page(after);
        cache.Keep(Key(after), [new OParlRowStamp(after + 1, false, 0, default, default)], page);
        cache.Keep(Key(after), [new OParlRowStamp(after + 1, false, 0, default, default)], page);
    }

    /// <summary>A real answer of ~100 KB, written the way the API writes one.</summary>
    private static OParlDocument Page(int after)
    {
        var writer = new OParlJsonWriter(new OParlUrls("http://127.0.0.1"));
        writer.StartObject();
        writer.Number("after", after);
        writer.Text("name", new string('x', 100_000));
        writer.EndObject();
        return writer.ToDocument();
    }

    private static byte[] Bytes(OParlDocument document)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        document.WriteTo(output);
        return output.WrittenSpan.ToArray();
    }
}

internal static class CachedPageTestExtensions
{
    /// <summary>Whether the page was there, closing it again.</summary>
    public static bool? AndDispose(this CachedPage? page)
    {
        page?.Dispose();
        return page is null ? null : true;
    }
}
