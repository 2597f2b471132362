namespace Baken.Engine.Value;

/// <summary>Where the intervention lies on the cost-effectiveness plane (x: ΔQALY, y: Δcost).</summary>
public enum CostEffectivenessQuadrant
{
    /// <summary>More costly and more effective (ΔC &gt; 0, ΔQ &gt; 0): the ICER is the price of a QALY gained.</summary>
    NorthEast,

    /// <summary>Dominant: ΔC ≤ 0 and ΔQ ≥ 0, at least one strictly.</summary>
    SouthEast,

    /// <summary>Dominated: ΔC ≥ 0 and ΔQ ≤ 0, at least one strictly.</summary>
    NorthWest,

    /// <summary>Cheaper and less effective (ΔC &lt; 0, ΔQ &lt; 0): the ICER is the saving per QALY lost, and the
    /// intervention is acceptable when it is at least the reference value (the reverse of the north-east).</summary>
    SouthWest,

    /// <summary>No difference in costs or QALYs: there is no ICER.</summary>
    Origin,
}

/// <summary>The outcome of a cost-effectiveness analysis, unrounded (<see cref="ValueResultJson"/> rounds).</summary>
/// <param name="RateSet">The rate set used.</param>
/// <param name="Intervention">Discounted costs and QALYs of the intervention.</param>
/// <param name="Comparator">Discounted costs and QALYs of the comparator.</param>
/// <param name="DeltaCost">Intervention minus comparator, discounted at the cost rate.</param>
/// <param name="DeltaQaly">Intervention minus comparator, discounted at the effect rate.</param>
/// <param name="Quadrant">Where the intervention lies.</param>
/// <param name="Icer">ΔC / ΔQ in the north-east and south-west; null elsewhere (see <see cref="Quadrant"/>).</param>
/// <param name="DiseaseBurden">The burden given.</param>
/// <param name="ReferenceBand">The reference-value band of the burden; null below the lowest band.</param>
/// <param name="NetMonetaryBenefit">reference value × ΔQ − ΔC; null without a reference value.</param>
/// <param name="Headroom">reference value × max plausible ΔQ − Δ other costs; null without a reference value or either input.</param>
/// <param name="Flags">Things a reader must know: <c>noReferenceValue</c>, <c>southWestQuadrant</c>, <c>noDifference</c>.</param>
public sealed record HtaResult(
    RateSet RateSet,
    DiscountedArm Intervention,
    DiscountedArm Comparator,
    decimal DeltaCost,
    decimal DeltaQaly,
    CostEffectivenessQuadrant Quadrant,
    decimal? Icer,
    double DiseaseBurden,
    ReferenceBand? ReferenceBand,
    decimal? NetMonetaryBenefit,
    decimal? Headroom,
    IReadOnlyList<string> Flags)
{
    /// <summary>Euro per QALY of the burden's band; null below the lowest band.</summary>
    public decimal? ReferenceValue => ReferenceBand?.ValuePerQaly;
}

/// <summary>An arm's discounted totals.</summary>
/// <param name="Costs">Present value of the costs, at the cost rate.</param>
/// <param name="Qalys">Present value of the QALYs, at the effect rate.</param>
public sealed record DiscountedArm(decimal Costs, decimal Qalys);
