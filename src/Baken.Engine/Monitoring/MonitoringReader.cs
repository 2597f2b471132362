using System.Text;
using Baken.Engine.Readers;
using Microsoft.Win32.SafeHandles;
using Sylvan.Data.Csv;

namespace Baken.Engine.Monitoring;

/// <summary>
/// Reads a reference or period CSV file for monitoring (header row required; delimiter detected;
/// numbers in the invariant culture). Bad input is never thrown: it comes back as
/// <see cref="MonitoringData.Issues"/>, each naming its 1-based data row. A large file is parsed in
/// parts on all cores, with the result of a sequential read (rows, codes and issues in file order).
/// </summary>
public static class MonitoringReader
{
    // Below this, starting threads costs more than it saves.
    private const long ParallelFrom = 4L << 20;

    /// <summary>Reads the file; <paramref name="isReference"/> makes the outcome required on every row.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="plan">Which columns to read and how.</param>
    /// <param name="isReference">True for the reference (validation-time) data.</param>
    /// <param name="progress">Bytes parsed so far (from any thread), or null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static MonitoringData ReadCsv(string path, MonitoringPlan plan, bool isReference, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(plan);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        long done = 0;
        Action<int>? bytesRead = progress is null ? null : n => progress(Interlocked.Add(ref done, n));

        var parts = Math.Min(Environment.ProcessorCount, 8);
        if (parts >= 2 && length >= ParallelFrom && ParallelCsvReader.Split(file, length, parts) is { } split)
        {
            if (ReadInParts(file, split.Header, split.Bounds, plan, isReference, bytesRead, cancellationToken) is { } data)
            {
                return data;
            }

            // A quote somewhere: a split point may lie inside a quoted field, so read it whole.
            Interlocked.Exchange(ref done, 0);
        }

        var builder = new MonitoringDataBuilder(plan, isReference);
        using var whole = new FileRangeStream(file, [], 0, length, bytesRead);
        return Parse(whole, builder, length, cancellationToken) is { } failed ? builder.Build(failed) : builder.Build();
    }

    /// <summary>Reads CSV text from a stream to its end.</summary>
    public static MonitoringData ReadCsv(Stream stream, MonitoringPlan plan, bool isReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(plan);
        var builder = new MonitoringDataBuilder(plan, isReference);
        return Parse(stream, builder, stream.CanSeek ? stream.Length - stream.Position : null, cancellationToken) is { } failed
            ? builder.Build(failed)
            : builder.Build();
    }

    private static MonitoringData? ReadInParts(
        SafeFileHandle file, byte[] header, long[] bounds, MonitoringPlan plan, bool isReference, Action<int>? bytesRead, CancellationToken cancellationToken)
    {
        var reads = new Task<(MonitoringDataBuilder Builder, List<ReadIssue>? Failed, bool Quoted)>[bounds.Length - 1];
        for (var i = 0; i < reads.Length; i++)
        {
            var part = i;
            reads[i] = Task.Run(() =>
            {
                var builder = new MonitoringDataBuilder(plan, isReference);
                if (HasQuote(file, bounds[part], bounds[part + 1]))
                {
                    return (builder, null, true);
                }

                using var range = new FileRangeStream(file, part == 0 ? [] : header, bounds[part], bounds[part + 1], bytesRead);
                // The first part reserves room for every row, because the others are appended to it.
                var expected = part == 0 ? bounds[^1] : bounds[part + 1] - bounds[part];
                return (builder, Parse(range, builder, expected, cancellationToken), false);
            }, cancellationToken);
        }

        Task.WaitAll(reads, cancellationToken);
        if (reads.Any(r => r.Result.Quoted))
        {
            return null;
        }

        var (first, failed, _) = reads[0].Result;
        if (failed is not null)
        {
            return first.Build(failed);
        }

        foreach (var read in reads.Skip(1))
        {
            first.Append(read.Result.Builder);
        }

        return first.Build();
    }

    // Parses the rows (header first) into the builder; the structural issues (no header, missing
    // columns) when no row can be read, else null.
    private static List<ReadIssue>? Parse(Stream input, MonitoringDataBuilder builder, long? bytes, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        // An id may start with '#'; treating such a line as a comment would silently drop a row.
        var options = new CsvDataReaderOptions { HasHeaders = true, CommentHandler = null, Comment = '\0' };
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, options);
        }
        catch (CsvMissingHeadersException)
        {
            return [new ReadIssue(ReadIssueKind.EmptyFile, "The file is empty: it has no header row.")];
        }

        using var reader = csv;
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            ordinals.TryAdd(csv.GetName(i), i);
        }

        var missing = builder.Bind(ordinals);
        if (missing.Count > 0)
        {
            return missing;
        }

        const int sampleRows = 1000;
        long sampledChars = 0;
        while (csv.Read())
        {
            var row = builder.RowsRead + 1;
            if (row <= sampleRows && bytes is { } total)
            {
                // The first thousand rows' length estimates the row count: the columns are allocated once.
                sampledChars += csv.GetRawRecordSpan().Length;
                if (row == sampleRows)
                {
                    builder.ExpectRows((long)(total / (sampledChars / (double)sampleRows) * 1.02) + 1024);
                }
            }

            if ((row & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            builder.ReadRow(csv);
        }

        return null;
    }

    private static bool HasQuote(SafeFileHandle file, long start, long end)
    {
        var buffer = new byte[1 << 20];
        for (var position = start; position < end;)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - position)), position);
            if (read == 0)
            {
                break;
            }

            if (buffer.AsSpan(0, read).Contains((byte)'"'))
            {
                return true;
            }

            position += read;
        }

        return false;
    }
}
