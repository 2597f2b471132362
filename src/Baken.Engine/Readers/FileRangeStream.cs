using Microsoft.Win32.SafeHandles;

namespace Baken.Engine.Readers;

// A read-only view of one byte range of a file, optionally preceded by a few bytes of its own
// (the header line, so a part of a CSV file parses like a whole file). Reads go through
// RandomAccess at explicit offsets, so several views can share one handle across threads.
internal sealed class FileRangeStream(SafeFileHandle file, byte[] prefix, long start, long end, Action<int>? bytesRead) : ForwardOnlyStream
{
    private int _prefixUsed;
    private long _position = start;

    public override int Read(Span<byte> buffer)
    {
        if (_prefixUsed < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _prefixUsed);
            prefix.AsSpan(_prefixUsed, n).CopyTo(buffer);
            _prefixUsed += n;
            return n;
        }

        var wanted = (int)Math.Min(buffer.Length, end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(file, buffer[..wanted], _position);
        _position += read;
        bytesRead?.Invoke(read);
        return read;
    }
}
