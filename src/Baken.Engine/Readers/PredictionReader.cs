namespace Baken.Engine.Readers;

/// <summary>
/// Reads a predictions file into a <see cref="PredictionSet"/>. Bad input is never thrown: it comes
/// back as <see cref="PredictionSet.Issues"/> (missing columns and empty files as a set without rows,
/// bad rows as rejected rows with their 1-based data row number). Only I/O failures and cancellation throw.
/// </summary>
public static class PredictionReader
{
    /// <summary>Reads a CSV file (header row required; delimiter detected; numbers in invariant culture).
    /// A large file is parsed on all cores, with the same result as a sequential read.</summary>
    public static PredictionSet ReadCsv(string path, PredictionColumns columns, CancellationToken cancellationToken = default) =>
        ReadCsv(path, columns, progress: null, cancellationToken);

    /// <summary>Reads a CSV file, reporting the number of bytes parsed so far to <paramref name="progress"/>
    /// (from any thread; a quoted file that must be read again starts from zero).</summary>
    public static PredictionSet ReadCsv(string path, PredictionColumns columns, Action<long>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        return ParallelCsvReader.Read(path, columns, progress, cancellationToken);
    }

    /// <summary>Reads CSV from a stream, to its end (the hash covers every byte read).</summary>
    public static PredictionSet ReadCsv(Stream stream, PredictionColumns columns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        return CsvPredictionReader.Read(stream, columns, stream.CanSeek ? stream.Length - stream.Position : null, cancellationToken);
    }

    /// <summary>Reads a Parquet file.</summary>
    public static async Task<PredictionSet> ReadParquetAsync(string path, PredictionColumns columns, CancellationToken cancellationToken = default)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadParquetAsync(stream, columns, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads Parquet from a readable, seekable stream, starting at its current position.</summary>
    public static Task<PredictionSet> ReadParquetAsync(Stream stream, PredictionColumns columns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        return ParquetPredictionReader.ReadAsync(stream, columns, cancellationToken);
    }
}
