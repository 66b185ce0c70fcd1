using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ratsnetz.OParl;

/// <summary>
/// An answer of the API: its bytes, written to the response by <see cref="WriteTo"/>, and their entity tag. It may own
/// a pooled buffer (see <see cref="OParlJsonWriter.ToDocument"/>): dispose it once the bytes are sent.
/// </summary>
public sealed class OParlDocument : IDisposable
{
    private readonly IOParlAnswer _answer;
    private readonly IDisposable? _owner;
    private string? _etag;

    internal OParlDocument(IOParlAnswer answer, IDisposable? owner, string? etag = null)
    {
        _answer = answer;
        _owner = owner;
        _etag = etag;
    }

    /// <summary>The number of bytes <see cref="WriteTo"/> writes.</summary>
    public long Length => _answer.Length;

    /// <summary>A strong validator derived from the bytes, so equal answers share a tag across restarts and servers.</summary>
    public string ETag => _etag ??= "\"" + Convert.ToHexStringLower(_answer.Tag()) + "\"";

    /// <summary>Writes the answer, e.g. into the response's pipe: stored documents go there without another copy.</summary>
    public void WriteTo(IBufferWriter<byte> output) => _answer.WriteTo(output);

    public void Dispose() => _owner?.Dispose();
}

/// <summary>The bytes of an answer, wherever they are: built for this request, or kept from an earlier one.</summary>
internal interface IOParlAnswer
{
    long Length { get; }

    void WriteTo(IBufferWriter<byte> output);

    /// <summary>The bytes the entity tag is made from.</summary>
    byte[] Tag();
}

/// <summary>
/// A stored document in an answer: the offset of its one-byte placeholder in the envelope, its stored bytes (base URL
/// as marker), its length once the markers are replaced, its stored hash, and where its marker offsets are in the
/// answer's list of them.
/// </summary>
internal readonly record struct OParlFragment(long Offset, ReadOnlyMemory<byte> Stored, int Length, byte[] Hash, int FirstMarker, int Markers);

/// <summary>
/// The bytes of an answer as the writer left them: the envelope it wrote (with a placeholder for each stored
/// document) and the stored documents, spliced together only when written out (ADR 0011).
/// </summary>
internal sealed class OParlAnswer(ReadOnlyMemory<byte> envelope, IReadOnlyList<OParlFragment> fragments, IReadOnlyList<int> markers, byte[]? encodedBase) : IOParlAnswer
{
    private const int PlaceholderLength = 1;

    public long Length
    {
        get
        {
            long length = envelope.Length;
            foreach (var fragment in fragments)
            {
                length += fragment.Length - PlaceholderLength;
            }

            return length;
        }
    }

    public void WriteTo(IBufferWriter<byte> output)
    {
        var sink = new BlockSink(output);
        var bytes = envelope.Span;
        var from = 0;
        var markerLength = Documents.OParlDocumentFormat.BaseMarker.Length;
        var encoded = encodedBase ?? [];
        foreach (var fragment in fragments)
        {
            sink.Write(bytes[from..(int)fragment.Offset]);
            var stored = fragment.Stored.Span;
            var done = 0;
            for (var i = fragment.FirstMarker; i < fragment.FirstMarker + fragment.Markers; i++)
            {
                sink.Write(stored[done..markers[i]]);
                sink.Write(encoded);
                done = markers[i] + markerLength;
            }

            sink.Write(stored[done..]);
            from = (int)fragment.Offset + PlaceholderLength;
        }

        sink.Write(bytes[from..]);
        sink.Commit();
    }

    /// <summary>
    /// The first 16 bytes of a SHA-256. Without stored documents, of the bytes themselves; with them, without hashing
    /// their hundreds of kilobytes again: of the base URL, the envelope and, for each document, its length and its
    /// stored hash. Equal tags still mean equal bytes, as a strong validator must.
    /// </summary>
    public byte[] Tag()
    {
        var bytes = envelope.Span;
        if (fragments.Count == 0)
        {
            return SHA256.HashData(bytes)[..16];
        }

        using var tag = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        tag.AppendData(encodedBase ?? []);
        var from = 0;
        Span<byte> length = stackalloc byte[8];
        foreach (var fragment in fragments)
        {
            tag.AppendData(bytes[from..(int)fragment.Offset]);
            BinaryPrimitives.WriteInt64LittleEndian(length, fragment.Length);
            tag.AppendData(length);
            tag.AppendData(fragment.Hash);
            from = (int)fragment.Offset + PlaceholderLength;
        }

        tag.AppendData(bytes[from..]);
        return tag.GetHashAndReset()[..16];
    }
}

/// <summary>
/// Fills the writer's buffers block by block. An answer is thousands of short pieces (text between URLs); asking the
/// writer for memory per piece cost more than the copying, because Kestrel's response writer takes a lock each time.
/// </summary>
internal ref struct BlockSink(IBufferWriter<byte> output)
{
    private Span<byte> _block;
    private int _used;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_used == _block.Length)
            {
                Commit();
                _block = output.GetSpan();
            }

            var count = Math.Min(bytes.Length, _block.Length - _used);
            bytes[..count].CopyTo(_block[_used..]);
            _used += count;
            bytes = bytes[count..];
        }
    }

    /// <summary>Hands what was written to the writer; the next write asks for a new block.</summary>
    public void Commit()
    {
        if (_used > 0)
        {
            output.Advance(_used);
        }

        _used = 0;
        _block = default;
    }
}
