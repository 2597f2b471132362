namespace Baken.Engine.Metrics;

/// <summary>What to compute. Columns are chosen when reading (<see cref="Readers.PredictionColumns"/>);
/// every subgroup column that was read is reported.</summary>
public sealed record ClassifierOptions
{
    /// <summary>Thresholds for the confusion-matrix metrics, each in [0, 1]; reported in this order.</summary>
    public IReadOnlyList<double> Thresholds { get; init; } = [0.1, 0.2, 0.3, 0.5];

    /// <summary>Bootstrap replicates per metric set; 0 computes no bootstrap intervals.</summary>
    public int BootstrapReplicates { get; init; } = 1000;

    /// <summary>Seed of the bootstrap; the same seed gives the same intervals on any machine and thread count.</summary>
    public long Seed { get; init; }

    /// <summary>A subgroup value is reported only with at least this many rows, positives and negatives.</summary>
    public int MinCellSize { get; init; } = SmallCells.Floor;

    /// <summary>The validation protocol this run follows, copied into the result.</summary>
    public string? ProtocolId { get; init; }

    /// <summary>Threads for the bootstrap; -1 uses all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Thresholds);
        foreach (var threshold in Thresholds)
        {
            if (!(threshold is >= 0.0 and <= 1.0))
            {
                throw new ArgumentOutOfRangeException(nameof(Thresholds), threshold, "Thresholds must be in [0, 1].");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(BootstrapReplicates);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCellSize, 1);
        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use -1 or a positive number.");
        }
    }
}
