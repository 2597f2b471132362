using System.Text;

namespace Baken.Engine.Value;

/// <summary>
/// A cost-effectiveness analysis (HTA) following the Zorginstituut guideline: costs discounted at the
/// cost rate, QALYs at the effect rate, year 0 undiscounted; ΔC and ΔQ are intervention minus
/// comparator. The ICER is never negative: where ΔC / ΔQ would be negative the intervention is
/// dominant or dominated, and that is reported instead of a number. Deterministic; exact in decimal.
/// </summary>
public static class Hta
{
    /// <summary>Reads, checks and computes an HTA input document (UTF-8 JSON).</summary>
    public static ValueOutcome<HtaResult> Run(ReadOnlyMemory<byte> utf8Json, RateSetCatalog? catalog = null)
    {
        var input = HtaInput.Parse(utf8Json, catalog ?? RateSetCatalog.Default);
        return input.Result is { } checkedInput ? new(Compute(checkedInput), []) : ValueOutcome<HtaResult>.Failed(input.Errors);
    }

    /// <summary>Reads, checks and computes an HTA input document.</summary>
    public static ValueOutcome<HtaResult> Run(string json, RateSetCatalog? catalog = null) =>
        Run(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), catalog);

    /// <summary>Computes a checked study.</summary>
    public static HtaResult Compute(HtaInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var costRate = input.RateSet.Rates["costs"];
        var effectRate = input.RateSet.Rates["effects"];
        var intervention = new DiscountedArm(Discounting.PresentValue(input.Intervention.Costs, costRate), Discounting.PresentValue(input.Intervention.Qalys, effectRate));
        var comparator = new DiscountedArm(Discounting.PresentValue(input.Comparator.Costs, costRate), Discounting.PresentValue(input.Comparator.Qalys, effectRate));
        var deltaCost = intervention.Costs - comparator.Costs;
        var deltaQaly = intervention.Qalys - comparator.Qalys;
        var quadrant = QuadrantOf(deltaCost, deltaQaly);
        decimal? icer = quadrant is CostEffectivenessQuadrant.NorthEast or CostEffectivenessQuadrant.SouthWest ? deltaCost / deltaQaly : null;

        var flags = new List<string>();
        var band = input.RateSet.ReferenceValues?.BandFor(input.DiseaseBurden);
        if (band is null)
        {
            flags.Add("noReferenceValue");
        }

        if (quadrant == CostEffectivenessQuadrant.SouthWest)
        {
            flags.Add("southWestQuadrant");
        }
        else if (quadrant == CostEffectivenessQuadrant.Origin)
        {
            flags.Add("noDifference");
        }

        decimal? nmb = band is null ? null : (band.ValuePerQaly * deltaQaly) - deltaCost;
        decimal? headroom = band is not null && input.MaxPlausibleDeltaQaly is { } maxGain && input.DeltaOtherCosts is { } otherCosts
            ? (band.ValuePerQaly * maxGain) - otherCosts
            : null;
        return new HtaResult(input.RateSet, intervention, comparator, deltaCost, deltaQaly, quadrant, icer, input.DiseaseBurden, band, nmb, headroom, flags);
    }

    /// <summary>The quadrant of (ΔC, ΔQ); the axes belong to dominance, the origin to itself.</summary>
    public static CostEffectivenessQuadrant QuadrantOf(decimal deltaCost, decimal deltaQaly) => (deltaCost, deltaQaly) switch
    {
        (0, 0) => CostEffectivenessQuadrant.Origin,
        ( <= 0, >= 0) => CostEffectivenessQuadrant.SouthEast,
        ( >= 0, <= 0) => CostEffectivenessQuadrant.NorthWest,
        ( > 0, > 0) => CostEffectivenessQuadrant.NorthEast,
        _ => CostEffectivenessQuadrant.SouthWest,
    };
}
