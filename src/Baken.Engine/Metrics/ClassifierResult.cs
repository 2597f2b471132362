namespace Baken.Engine.Metrics;

/// <summary>The outcome of one validation run; <see cref="ResultJson"/> writes it.</summary>
/// <param name="Metadata">Provenance of the run.</param>
/// <param name="MinCellSize">The small-cell rule that was applied to subgroups.</param>
/// <param name="Overall">Metrics over all accepted rows (never suppressed).</param>
/// <param name="Subgroups">Per subgroup column, per value (ordinal order), metrics or suppression.</param>
public sealed record ClassifierResult(
    ResultMetadata Metadata,
    int MinCellSize,
    MetricSet Overall,
    IReadOnlyList<SubgroupResult> Subgroups);

/// <summary>Where a result came from, so that it can be reproduced and checked.</summary>
/// <param name="EngineVersion">Version of Baken.Engine that computed it.</param>
/// <param name="ProtocolId">The validation protocol, if any.</param>
/// <param name="InputSha256">SHA-256 of the input file, if read from one.</param>
/// <param name="RowsRead">Data rows in the input.</param>
/// <param name="RowsUsed">Rows that passed validation and were used.</param>
/// <param name="RowsRejected">Rows that failed validation.</param>
/// <param name="Seed">Bootstrap seed.</param>
/// <param name="BootstrapReplicates">Bootstrap replicates per metric set.</param>
/// <param name="StartedAt">When the computation started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="DataFrom">Earliest prediction timestamp, when a timestamp column was read.</param>
/// <param name="DataTo">Latest prediction timestamp, when a timestamp column was read.</param>
public sealed record ResultMetadata(
    string EngineVersion,
    string? ProtocolId,
    string? InputSha256,
    long RowsRead,
    long RowsUsed,
    long RowsRejected,
    long Seed,
    int BootstrapReplicates,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    DateTime? DataFrom,
    DateTime? DataTo);

/// <summary>One subgroup column.</summary>
/// <param name="Column">Column name.</param>
/// <param name="Values">Its values in ordinal order.</param>
public sealed record SubgroupResult(string Column, IReadOnlyList<SubgroupValueResult> Values);

/// <summary>One subgroup value: its metrics, or nothing at all when the cell is too small.</summary>
/// <param name="Value">The subgroup value.</param>
/// <param name="Metrics">Metrics, or null when suppressed. Nothing about a suppressed cell (not even its size) is kept.</param>
public sealed record SubgroupValueResult(string Value, MetricSet? Metrics)
{
    /// <summary>True when the cell has fewer than the minimum rows, positives or negatives.</summary>
    public bool Suppressed => Metrics is null;
}
