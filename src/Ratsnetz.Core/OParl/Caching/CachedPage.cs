using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Ratsnetz.OParl.Caching;

/// <summary>A page on disk, as the cache's index knows it.</summary>
internal sealed class CachedPageEntry(string path, long length, string etag, OParlRowStamp[] stamps)
{
    public string Path => path;

    public long Length => length;

    public string ETag => etag;

    public OParlRowStamp[] Stamps => stamps;

    /// <summary>The cache's clock at the last use; the least recent go first when it is full.</summary>
    public long LastUse { get; set; }
}

/// <summary>
/// A kept page, opened: the file is held open from here on, so a page evicted meanwhile is still read whole (the
/// name goes, the bytes stay until the handle is closed).
/// </summary>
internal sealed class CachedPage(CachedPageEntry entry, SafeFileHandle file) : IDisposable
{
    private bool _handedOver;

    /// <summary>The smallest and largest id of the rows the page was built from (a kept page has at least one).</summary>
    public int FirstId => entry.Stamps[0].Id;

    public int LastId => entry.Stamps[^1].Id;

    /// <summary>Whether the page's rows read now are those it was written from.</summary>
    public bool Matches(List<OParlListRow> rows)
    {
        var stamps = entry.Stamps;
        if (rows.Count != stamps.Length)
        {
            return false;
        }

        for (var i = 0; i < stamps.Length; i++)
        {
            if (OParlRowStamp.Of(rows[i]) != stamps[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The answer; it owns the open file from now on.</summary>
    public OParlDocument ToDocument()
    {
        _handedOver = true;
        return new OParlDocument(new FileAnswer(file, entry.Length), file, entry.ETag);
    }

    public void Dispose()
    {
        if (!_handedOver)
        {
            file.Dispose();
        }
    }

    /// <summary>Sends the file as it is: it was written from an answer whose base URL is part of the key.</summary>
    private sealed class FileAnswer(SafeFileHandle file, long length) : IOParlAnswer
    {
        private const int ChunkSize = 256 * 1024;

        public long Length => length;

        public byte[] Tag() => throw new InvalidOperationException("A kept page carries its entity tag.");

        public void WriteTo(IBufferWriter<byte> output)
        {
            // Straight into the response's memory: asked for a large block, Kestrel's pipe hands out a rented array
            // of that size, so the page takes a couple of reads and no copy of its own.
            for (long offset = 0; offset < length;)
            {
                var wanted = (int)Math.Min(length - offset, ChunkSize);
                var span = output.GetSpan(wanted);
                var read = RandomAccess.Read(file, span[..Math.Min(span.Length, wanted)], offset);
                if (read == 0)
                {
                    throw new IOException("A kept OParl page ended early.");
                }

                output.Advance(read);
                offset += read;
            }
        }
    }
}
