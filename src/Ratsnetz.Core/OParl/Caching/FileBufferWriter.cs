using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Ratsnetz.OParl.Caching;

/// <summary>Writes an answer into a file through one rented block, so keeping a page costs no large allocation.</summary>
internal sealed class FileBufferWriter(SafeFileHandle file) : IBufferWriter<byte>, IDisposable
{
    private const int BlockSize = 64 * 1024;

    private byte[] _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _used;
    private long _offset;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => _block.AsMemory(Reserve(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => _block.AsSpan(Reserve(sizeHint));

    /// <summary>Writes what is left in the block; call once at the end.</summary>
    public void Flush()
    {
        RandomAccess.Write(file, _block.AsSpan(0, _used), _offset);
        _offset += _used;
        _used = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_block);
        _block = [];
    }

    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_block.Length - _used < needed)
        {
            Flush();
            if (_block.Length < needed)
            {
                ArrayPool<byte>.Shared.Return(_block);
                _block = ArrayPool<byte>.Shared.Rent(needed);
            }
        }

        return _used;
    }
}
