namespace Baken.Engine.TimeStudy;

/// <summary>What to compute from the measured shifts.</summary>
public sealed record TimeStudyOptions
{
    /// <summary>Hours in a full-time (FTE) working week, for minutes saved per FTE-week; 36 is the usual week in Dutch care collective agreements.</summary>
    public double WeekHours { get; init; } = 36;

    /// <summary>Bootstrap replicates for the percentile interval; 0 computes none.</summary>
    public int BootstrapReplicates { get; init; } = 1000;

    /// <summary>Seed of the bootstrap; the same seed gives the same interval on any machine.</summary>
    public long Seed { get; init; }

    /// <summary>A role (or the whole study) is reported only with at least this many shifts in each period.</summary>
    public int MinCellSize { get; init; } = 10;

    /// <summary>The protocol this study follows, copied into the result.</summary>
    public string? ProtocolId { get; init; }

    internal void Validate()
    {
        if (!(WeekHours is > 0 and <= 168))
        {
            throw new ArgumentOutOfRangeException(nameof(WeekHours), WeekHours, "A week has more than 0 and at most 168 hours.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(BootstrapReplicates);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCellSize, 2);
    }
}
