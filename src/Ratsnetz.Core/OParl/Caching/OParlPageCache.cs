using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ratsnetz.OParl.Caching;

/// <summary>
/// Keeps list pages on local disk and sends them again while the database says they are unchanged (ADR 0020).
/// Every request still asks the database for the page's rows, but only for their ids and document generations:
/// the documents themselves (~350 KB for 100 papers) no longer cross the connection, and a kept page is one file.
/// A page is sent again only if all its rows, their generations and the row after it are exactly as they were, so
/// it can never be older than what the database holds.
/// </summary>
/// <remarks>
/// The index is in memory and the pages are files, so the server's memory stays small however many pages are kept.
/// Each process keeps its own folder and removes it when it stops; folders of processes that are gone are removed
/// at the start.
/// </remarks>
public sealed partial class OParlPageCache : IDisposable
{
    private static int s_instances;

    /// <summary>How many pages asked for once are remembered (by hash, a few MB at most) before the list starts over.</summary>
    private const int SeenCapacity = 100_000;

    private readonly ConcurrentDictionary<OParlPageKey, CachedPageEntry> _entries = new();
    private readonly ConcurrentDictionary<int, byte> _seen = new();
    private readonly Lock _evicting = new();
    private readonly ILogger _logger;
    private readonly string? _directory;
    private readonly long _maxBytes;
    private long _bytes;
    private long _clock;
    private long _files;
    private long _hits;
    private long _misses;
    private int _writeFailures;

    public OParlPageCache(OParlPageCacheOptions options, ILogger<OParlPageCache>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _maxBytes = Math.Max(0, options.MaxMegabytes) * 1024L * 1024L;
        if (_maxBytes > 0 && !string.IsNullOrWhiteSpace(options.Directory))
        {
            RemoveFoldersOfEndedProcesses(options.Directory);
            var instance = Interlocked.Increment(ref s_instances);
            _directory = Path.Combine(options.Directory, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{instance}"));
        }
    }

    /// <summary>A cache that keeps nothing: for front doors that answer no list twice.</summary>
    public static OParlPageCache Off { get; } = new(new OParlPageCacheOptions { MaxMegabytes = 0 });

    public bool Enabled => _directory is not null;

    public OParlPageCacheStatistics Statistics =>
        new(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), _entries.Count, Interlocked.Read(ref _bytes));

    /// <summary>The kept page for this key, opened; null when there is none.</summary>
    internal CachedPage? Open(OParlPageKey key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        try
        {
            var file = File.OpenHandle(entry.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            entry.LastUse = Interlocked.Increment(ref _clock);
            return new CachedPage(entry, file);
        }
        catch (IOException)
        {
            // Removed from outside (e.g. a cleaned temp folder): the page is simply built again.
            Forget(key, entry);
            return null;
        }
    }

    internal void CountHit() => Interlocked.Increment(ref _hits);

    internal void CountMiss() => Interlocked.Increment(ref _misses);

    /// <summary>
    /// Keeps a page just built, with the rows it was built from, once it has been asked for before. A crawler that
    /// walks every page once (a mirror, a search engine) would otherwise write the whole API to disk and push out
    /// the pages that are asked for again; writing a page costs about half of building it. A kept page that changed
    /// is replaced at once. A page that cannot be written is not kept.
    /// </summary>
    internal void Keep(OParlPageKey key, OParlRowStamp[] stamps, OParlDocument page)
    {
        // One page may not push out an eighth of the cache (limit=1000 pages are ~3.5 MB).
        if (_directory is null || page.Length > _maxBytes / 8 || (!_entries.ContainsKey(key) && FirstTime(key)))
        {
            return;
        }

        var path = Path.Combine(_directory, Interlocked.Increment(ref _files).ToString(CultureInfo.InvariantCulture));
        try
        {
            Directory.CreateDirectory(_directory);
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete);
            using var writer = new FileBufferWriter(file);
            page.WriteTo(writer);
            writer.Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Delete(path);
            // Once is enough to tell an operator (a full disk would otherwise log on every request).
            if (Interlocked.Increment(ref _writeFailures) == 1)
            {
                CannotWrite(_logger, exception, _directory);
            }

            return;
        }

        var entry = new CachedPageEntry(path, page.Length, page.ETag, stamps) { LastUse = Interlocked.Increment(ref _clock) };
        Interlocked.Add(ref _bytes, entry.Length);
        Publish(key, entry);
        if (Interlocked.Read(ref _bytes) > _maxBytes)
        {
            Evict();
        }
    }

    private bool FirstTime(OParlPageKey key)
    {
        var hash = key.GetHashCode();
        if (_seen.TryRemove(hash, out _))
        {
            return false;
        }

        if (_seen.Count >= SeenCapacity)
        {
            _seen.Clear();
        }

        _seen.TryAdd(hash, 0);
        return true;
    }

    /// <summary>Adds the entry; a page built twice at once replaces the other, whose file goes.</summary>
    private void Publish(OParlPageKey key, CachedPageEntry entry)
    {
        while (true)
        {
            if (_entries.TryGetValue(key, out var older))
            {
                if (_entries.TryUpdate(key, entry, older))
                {
                    Interlocked.Add(ref _bytes, -older.Length);
                    Delete(older.Path);
                    return;
                }
            }
            else if (_entries.TryAdd(key, entry))
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        if (_directory is not null)
        {
            _entries.Clear();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Removed by the next start (RemoveFoldersOfEndedProcesses).
            }
        }
    }

    /// <summary>Removes the least recently used pages until a tenth of the room is free again.</summary>
    private void Evict()
    {
        lock (_evicting)
        {
            if (Interlocked.Read(ref _bytes) <= _maxBytes)
            {
                return;
            }

            var target = _maxBytes - (_maxBytes / 10);
            foreach (var (key, entry) in _entries.ToArray().OrderBy(e => e.Value.LastUse))
            {
                if (Interlocked.Read(ref _bytes) <= target)
                {
                    break;
                }

                Forget(key, entry);
            }
        }
    }

    private void Forget(OParlPageKey key, CachedPageEntry entry)
    {
        if (_entries.TryRemove(KeyValuePair.Create(key, entry)))
        {
            Interlocked.Add(ref _bytes, -entry.Length);
            Delete(entry.Path);
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the folder's removal when the process stops.
        }
    }

    private static void RemoveFoldersOfEndedProcesses(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Another process removing it at the same time.
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OParl page cache: cannot write to {Directory}; pages are built for every request.")]
    private static partial void CannotWrite(ILogger logger, Exception exception, string directory);

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>How the cache did since the process started.</summary>
public sealed record OParlPageCacheStatistics(long Hits, long Misses, int Pages, long Bytes);
