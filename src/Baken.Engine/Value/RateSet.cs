namespace Baken.Engine.Value;

/// <summary>Which kind of study a rate set is for.</summary>
public enum RateSetKind
{
    /// <summary>A social cost-benefit analysis: rates <c>standard</c>, <c>fixedSunk</c>, <c>riskFree</c>.</summary>
    Mkba,

    /// <summary>A cost-effectiveness analysis: rates <c>costs</c> and <c>effects</c>, and reference values per QALY.</summary>
    Hta,
}

/// <summary>
/// A dated set of discount rates from one published source (content/value/rate-sets-*.json). Rates are
/// real, per year, as fractions (0.0225 is 2.25%), held as decimals so that 0.0225 is exactly 0.0225.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>discontovoet-2020</c>.</param>
/// <param name="Kind">MKBA or HTA.</param>
/// <param name="Name">The source's title.</param>
/// <param name="Source">Who published it and where.</param>
/// <param name="PublishedOn">Publication date.</param>
/// <param name="ValidFrom">From when studies should use it.</param>
/// <param name="Unconfirmed">True when the content marks a date or figure as not yet checked against the primary text.</param>
/// <param name="Rates">Rate by name: <c>standard</c>, <c>fixedSunk</c>, <c>riskFree</c> (MKBA) or <c>costs</c>, <c>effects</c> (HTA).</param>
/// <param name="MaxYearsAtNegativeRate">MKBA: the last year a flow may fall in when it is discounted at a negative rate; null for no limit.</param>
/// <param name="ReferenceValues">HTA: the reference values per QALY to judge against; null for MKBA.</param>
public sealed record RateSet(
    string Id,
    RateSetKind Kind,
    string Name,
    string Source,
    DateOnly PublishedOn,
    DateOnly ValidFrom,
    bool Unconfirmed,
    IReadOnlyDictionary<string, decimal> Rates,
    int? MaxYearsAtNegativeRate,
    ReferenceValueSet? ReferenceValues)
{
    /// <summary>The names of the rates each kind must have.</summary>
    public static IReadOnlyList<string> RateNames(RateSetKind kind) =>
        kind == RateSetKind.Mkba ? ["standard", "fixedSunk", "riskFree"] : ["costs", "effects"];
}

/// <summary>Reference values per QALY by disease burden, from one published source.</summary>
/// <param name="Id">Stable id, e.g. <c>zin-ziektelast</c>.</param>
/// <param name="Name">What it is.</param>
/// <param name="Source">Who published it and where.</param>
/// <param name="PublishedOn">Publication date.</param>
/// <param name="ValidFrom">From when it applies.</param>
/// <param name="Unconfirmed">True when not yet checked against the primary text.</param>
/// <param name="Bands">Bands in ascending order of <see cref="ReferenceBand.From"/>.</param>
public sealed record ReferenceValueSet(
    string Id, string Name, string Source, DateOnly PublishedOn, DateOnly ValidFrom, bool Unconfirmed, IReadOnlyList<ReferenceBand> Bands)
{
    /// <summary>
    /// The band a disease burden falls in, or null below the first band. The rule at the edges: a band
    /// runs from its own <c>from</c> (inclusive) up to the next band's <c>from</c> (exclusive); the last
    /// band runs to its <c>to</c> (inclusive). The published bands are printed with two decimals
    /// (0.10-0.40, 0.41-0.70, 0.71-1.00), so a burden between two printed bands, such as 0.405, belongs
    /// to the lower one: it has not reached 0.41. This leaves no gaps and never rounds a measured burden.
    /// </summary>
    public ReferenceBand? BandFor(double burden)
    {
        ReferenceBand? found = null;
        foreach (var band in Bands)
        {
            if (burden >= band.From)
            {
                found = band;
            }
        }

        return found is not null && burden <= Bands[^1].To ? found : null;
    }
}

/// <summary>One band of disease burden (proportional shortfall) and its reference value.</summary>
/// <param name="From">Lowest burden in the band, inclusive.</param>
/// <param name="To">Highest burden as published (two decimals); only the last band's is used as a bound.</param>
/// <param name="ValuePerQaly">Euro per QALY gained.</param>
public sealed record ReferenceBand(double From, double To, decimal ValuePerQaly);
