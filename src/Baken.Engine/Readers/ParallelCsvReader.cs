using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Baken.Engine.Readers;

// Reads a CSV file in as many parts as there are cores: the data rows are split at line breaks,
// each part is parsed (after a copy of the header line) by its own builder, and the parts are
// appended in file order, so the result, row numbers and issues are those of a sequential read.
// Parsing is about half of a whole `baken validate` run on a million rows, hence the effort.
// The file's SHA-256 and a check for quote characters run alongside: a quoted field may hold a
// line break, so a split point could fall inside a field; a file with any quote is read again
// sequentially (rare for prediction files, and always correct).
internal static class ParallelCsvReader
{
    // Below this, starting the threads costs more than it saves.
    private const long MinBytes = 4L << 20;

    // Above this, the later parts' columns, held until they are appended, would break the memory
    // budget (10 million rows under 500 MB); such files are read on one core.
    private const long MaxBytes = 256L << 20;

    // How far past a split point the next line break may be (a longer line: read sequentially).
    private const int ProbeBytes = 1 << 16;

    public static PredictionSet Read(string path, PredictionColumns columns, Action<long>? progress, CancellationToken cancellationToken)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        long done = 0;
        Action<int>? bytesRead = progress is null ? null : n => progress(Interlocked.Add(ref done, n));

        var parts = Math.Min(Environment.ProcessorCount, 8);
        if (parts < 2 || length is < MinBytes or > MaxBytes || Split(file, length, parts) is not { } split)
        {
            return Sequential(file, length, columns, bytesRead, cancellationToken);
        }

        var (header, bounds) = split;
        var reads = new Task<(PredictionSetBuilder Builder, List<ReadIssue>? Failed)>[bounds.Length - 1];
        for (var i = 0; i < reads.Length; i++)
        {
            var part = i;
            reads[i] = Task.Run(() =>
            {
                var builder = new PredictionSetBuilder(columns);
                using var range = new FileRangeStream(file, part == 0 ? [] : header, bounds[part], bounds[part + 1], bytesRead);
                // The first part reserves room for every row, because the others are appended to it.
                var expected = part == 0 ? length : bounds[part + 1] - bounds[part];
                return (builder, CsvPredictionReader.ReadRows(range, builder, expected, cancellationToken));
            }, cancellationToken);
        }

        var (sha256, quoted) = HashAndLookForQuotes(file, length, cancellationToken);
        Task.WaitAll(reads, cancellationToken);
        if (quoted)
        {
            done = 0;
            return Sequential(file, length, columns, bytesRead, cancellationToken);
        }

        var (first, failed) = reads[0].Result;
        if (failed is not null)
        {
            return first.Fail(failed, sha256);
        }

        foreach (var read in reads.Skip(1))
        {
            first.Append(read.Result.Builder);
        }

        return first.Build(sha256);
    }

    private static PredictionSet Sequential(SafeFileHandle file, long length, PredictionColumns columns, Action<int>? bytesRead, CancellationToken cancellationToken)
    {
        using var whole = new FileRangeStream(file, [], 0, length, bytesRead);
        return CsvPredictionReader.Read(whole, columns, length, cancellationToken);
    }

    // The header line (with its line break) and the part boundaries: 0, then just after a line
    // break near each 1/parts of the file, then the length. Null when a line is too long to find.
    internal static (byte[] Header, long[] Bounds)? Split(SafeFileHandle file, long length, int parts)
    {
        var probe = new byte[ProbeBytes];
        var headerEnd = NextLineStart(file, 0, probe);
        if (headerEnd is not { } dataStart)
        {
            return null;
        }

        var bounds = new long[parts + 1];
        bounds[parts] = length;
        for (var i = 1; i < parts; i++)
        {
            var from = Math.Max(dataStart, length / parts * i);
            if (NextLineStart(file, from, probe) is not { } start || start <= bounds[i - 1] || start >= length)
            {
                return null;
            }

            bounds[i] = start;
        }

        var header = new byte[dataStart];
        RandomAccess.Read(file, header, 0);
        return (header, bounds);
    }

    private static long? NextLineStart(SafeFileHandle file, long from, byte[] probe)
    {
        var read = RandomAccess.Read(file, probe, from);
        var index = probe.AsSpan(0, read).IndexOf((byte)'\n');
        return index < 0 ? null : from + index + 1;
    }

    private static (string Sha256, bool Quoted) HashAndLookForQuotes(SafeFileHandle file, long length, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        var quoted = false;
        for (long position = 0; position < length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = RandomAccess.Read(file, buffer, position);
            if (read == 0)
            {
                break;
            }

            var bytes = buffer.AsSpan(0, read);
            hash.AppendData(bytes);
            quoted |= bytes.Contains((byte)'"');
            position += read;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), quoted);
    }
}
