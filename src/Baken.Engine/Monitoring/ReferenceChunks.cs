namespace Baken.Engine.Monitoring;

// NannyML's thresholds from the reference: SizeBasedChunker(chunk_size = period rows,
// incomplete="keep") cuts the reference rows, in file order, into ⌊N/n⌋ full chunks plus the
// remainder; a metric's value on each chunk gives StandardDeviationThreshold's
// nanmean ± 3·nanstd (population), clipped to the metric's limits. Baken computes thresholds only
// from at least six chunks (NannyML warns below that); with fewer they are null.
internal static class ReferenceChunks
{
    public const int MinChunks = 6;
    private const double Multiplier = 3;

    public static int Count(int rows, int chunkSize) => chunkSize <= 0 ? 0 : (rows + chunkSize - 1) / chunkSize;

    public static IEnumerable<(int Start, int Length)> Ranges(int rows, int chunkSize)
    {
        for (var start = 0; start < rows; start += chunkSize)
        {
            yield return (start, Math.Min(chunkSize, rows - start));
        }
    }

    // NannyML's DEFAULT_THRESHOLDS for drift: no lower threshold, upper = mean + 3 sd (capped at
    // upperLimit when given).
    public static double? Upper(IReadOnlyList<double> values, double? upperLimit)
    {
        var (mean, std) = NanMeanStd(values);
        var upper = mean + (Multiplier * std);
        if (upperLimit is { } limit && upper >= limit)
        {
            upper = limit;
        }

        return double.IsNaN(upper) ? null : upper;
    }

    // CBPE: lower = mean - 3 sd raised to 0, upper = mean + 3 sd lowered to 1.
    public static (double? Lower, double? Upper) Band(IReadOnlyList<double> values)
    {
        var (mean, std) = NanMeanStd(values);
        var lower = mean - (Multiplier * std);
        var upper = mean + (Multiplier * std);
        lower = lower <= 0 ? 0 : lower;
        upper = upper >= 1 ? 1 : upper;
        return (double.IsNaN(lower) ? null : lower, double.IsNaN(upper) ? null : upper);
    }

    // numpy.nanmean and numpy.nanstd (ddof 0): NaN when every value is NaN.
    private static (double Mean, double Std) NanMeanStd(IReadOnlyList<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        if (count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var mean = sum / count;
        double squares = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                squares += (v - mean) * (v - mean);
            }
        }

        return (mean, Math.Sqrt(squares / count));
    }
}
