namespace Baken.Engine.Review;

/// <summary>
/// Krippendorff's alpha for interval data: 1 - observed / expected disagreement, from the
/// coincidences of values within units (Krippendorff, "Computing Krippendorff's alpha-reliability",
/// 2011). Any number of raters, missing ratings allowed; units rated once carry no pairs and are left out.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>Alpha over units (each the values the raters gave it); null when it is undefined (fewer
    /// than two pairable values, or no variation at all).</summary>
    public static double? Interval(IEnumerable<IReadOnlyList<double>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        double observed = 0, n = 0, sum = 0, sumOfSquares = 0;
        foreach (var unit in units)
        {
            var m = unit.Count;
            if (m < 2)
            {
                continue;
            }

            // Sum over ordered pairs i != j of (v_i - v_j)^2 = 2 (m * sum v^2 - (sum v)^2).
            double s = 0, s2 = 0;
            foreach (var v in unit)
            {
                s += v;
                s2 += v * v;
            }

            observed += 2 * ((m * s2) - (s * s)) / (m - 1);
            n += m;
            sum += s;
            sumOfSquares += s2;
        }

        if (n < 2)
        {
            return null;
        }

        var expected = 2 * ((n * sumOfSquares) - (sum * sum)) / (n * (n - 1));
        return expected <= 0 ? null : 1 - (observed / n / expected);
    }
}
