using Baken.Engine.Metrics;

namespace Baken.Engine.TimeStudy;

// Welch's unequal-variance interval for a difference of two means, as scipy's
// ttest_ind(after, before, equal_var=False) implies: se² = v_a/n_a + v_b/n_b with sample variances
// (divisor n - 1), ν = se⁴ / ((v_a/n_a)²/(n_a - 1) + (v_b/n_b)²/(n_b - 1)), and the interval
// (m_a - m_b) ± t(0.975, ν) · se.
internal static class WelchInterval
{
    public static ConfidenceInterval? Compute(ReadOnlySpan<double> after, ReadOnlySpan<double> before, double level = 0.95)
    {
        if (after.Length < 2 || before.Length < 2)
        {
            return null;
        }

        var (meanA, varA) = MeanVariance(after);
        var (meanB, varB) = MeanVariance(before);
        var a = varA / after.Length;
        var b = varB / before.Length;
        var se2 = a + b;
        if (!(se2 > 0))
        {
            // No spread in either period: the interval would be a point and ν is 0/0.
            return null;
        }

        var df = se2 * se2 / ((a * a / (after.Length - 1)) + (b * b / (before.Length - 1)));
        var half = StudentT.Quantile(0.5 + (level / 2), df) * Math.Sqrt(se2);
        var difference = meanA - meanB;
        return new ConfidenceInterval(difference - half, difference + half);
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    // Two passes: the mean first, then the squared deviations, which keeps shares near each other exact.
    // Identical values have variance 0 exactly, not the rounding residue of their mean.
    private static (double Mean, double Variance) MeanVariance(ReadOnlySpan<double> values)
    {
        var mean = Mean(values);
        if (!values.ContainsAnyExcept(values[0]))
        {
            return (mean, 0);
        }

        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return (mean, squares / (values.Length - 1));
    }
}
