namespace Baken.Engine.Readers;

/// <summary>
/// Validated predictions in columns: labels as bytes, scores as doubles, subgroups as codes. Rows that
/// failed validation are not in it; they are counted in <see cref="RowsRejected"/> and described in
/// <see cref="Issues"/>.
/// </summary>
public sealed class PredictionSet
{
    private readonly byte[] _labels;
    private readonly double[] _scores;
    private readonly DateTime[]? _timestamps;
    private readonly int _count;

    // The arrays may be longer than count: the readers size them from an estimate and keep them.
    internal PredictionSet(
        byte[] labels,
        double[] scores,
        int count,
        IReadOnlyList<SubgroupColumn> subgroups,
        DateTime[]? timestamps,
        long rowsRead,
        IReadOnlyList<ReadIssue> issues,
        string? inputSha256)
    {
        _labels = labels;
        _scores = scores;
        _timestamps = timestamps;
        _count = count;
        Subgroups = subgroups;
        RowsRead = rowsRead;
        Issues = issues;
        InputSha256 = inputSha256;
        foreach (var label in Labels)
        {
            Positives += label;
        }
    }

    /// <summary>Number of accepted rows.</summary>
    public int Count => _count;

    /// <summary>Number of accepted rows with label 1.</summary>
    public int Positives { get; }

    /// <summary>Outcome per accepted row, 0 or 1.</summary>
    public ReadOnlySpan<byte> Labels => _labels.AsSpan(0, _count);

    /// <summary>Predicted probability per accepted row, in [0, 1].</summary>
    public ReadOnlySpan<double> Scores => _scores.AsSpan(0, _count);

    /// <summary>Subgroup columns in the order they were requested.</summary>
    public IReadOnlyList<SubgroupColumn> Subgroups { get; }

    /// <summary>UTC timestamp per accepted row; empty when no timestamp column was read.</summary>
    public ReadOnlySpan<DateTime> Timestamps => _timestamps is null ? [] : _timestamps.AsSpan(0, _count);

    /// <summary>Data rows in the input, accepted or not.</summary>
    public long RowsRead { get; }

    /// <summary>Data rows that failed validation.</summary>
    public long RowsRejected => RowsRead - Count;

    /// <summary>Problems found while reading, at most a thousand, in file order.</summary>
    public IReadOnlyList<ReadIssue> Issues { get; }

    /// <summary>True when any issue is an error rather than a warning.</summary>
    public bool HasErrors => Issues.Any(i => i.IsError);

    /// <summary>Lower-case hex SHA-256 of the input bytes, when read from a file or stream.</summary>
    public string? InputSha256 { get; }

    /// <summary>Wraps data already in memory. Throws <see cref="ArgumentException"/> on invalid values,
    /// since here they are a programming error rather than bad input.</summary>
    public static PredictionSet FromArrays(byte[] labels, double[] scores, IReadOnlyList<SubgroupColumn>? subgroups = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(scores);
        subgroups ??= [];
        if (labels.Length != scores.Length)
        {
            throw new ArgumentException("Labels and scores must have the same length.", nameof(scores));
        }

        if (labels.AsSpan().IndexOfAnyExcept((byte)0, (byte)1) >= 0)
        {
            throw new ArgumentException("Labels must be 0 or 1.", nameof(labels));
        }

        foreach (var score in scores)
        {
            if (!(score >= 0.0 && score <= 1.0))
            {
                throw new ArgumentException("Scores must be in [0, 1] and not NaN.", nameof(scores));
            }
        }

        foreach (var column in subgroups)
        {
            if (column.Codes.Length != labels.Length)
            {
                throw new ArgumentException($"Subgroup column '{column.Name}' has a different length.", nameof(subgroups));
            }
        }

        return new PredictionSet(labels, scores, labels.Length, subgroups, null, labels.Length, [], null);
    }
}
