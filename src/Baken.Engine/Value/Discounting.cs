namespace Baken.Engine.Value;

/// <summary>
/// Present values: a value in year t counts as value / (1 + r)^t, year 0 undiscounted. Computed in
/// <see cref="decimal"/>: rates such as 0.0225 and amounts in cents are exact in decimal (not in
/// binary floating point), and the power is built by repeated multiplication, so a worked example
/// comes out the same on every machine and rounds to the cent without a binary representation
/// error tipping a half cent. Rounding happens only when a result is written.
/// </summary>
public static class Discounting
{
    /// <summary>The most years a flow series may have (year 0 to 499).</summary>
    public const int MaxYears = 500;

    /// <summary>The factor 1 / (1 + r)^t for t = 0 .. years - 1.</summary>
    public static decimal[] Factors(decimal rate, int years)
    {
        if (rate <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A discount rate must be above -1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var factors = new decimal[years];
        var growth = 1m;
        for (var t = 0; t < years; t++)
        {
            factors[t] = 1m / growth;
            growth *= 1m + rate;
        }

        return factors;
    }

    /// <summary>The present value of each entry of <paramref name="values"/> (year 0 first).</summary>
    public static decimal[] PresentValues(IReadOnlyList<decimal> values, decimal rate)
    {
        ArgumentNullException.ThrowIfNull(values);
        var factors = Factors(rate, values.Count);
        var pv = new decimal[values.Count];
        for (var t = 0; t < pv.Length; t++)
        {
            pv[t] = values[t] * factors[t];
        }

        return pv;
    }

    /// <summary>The sum of the present values.</summary>
    public static decimal PresentValue(IReadOnlyList<decimal> values, decimal rate) => PresentValues(values, rate).Sum();
}
