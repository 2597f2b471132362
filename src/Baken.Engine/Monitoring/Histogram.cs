namespace Baken.Engine.Monitoring;

// Equal-width histograms as numpy builds them: numpy.histogram_bin_edges with the "sturges"
// (Evidently, pooled data) or "doane" (NannyML, reference only) rule, and numpy.histogram's
// counting on those edges (bin i holds edge_i <= x < edge_i+1; the last bin also holds its
// right edge; values outside the edges are not counted).
internal static class Histogram
{
    // Sturges over values spanning [lo, hi]: width = (hi - lo) / (log2 N + 1).
    public static double[] SturgesEdges(double lo, double hi, long count) =>
        Edges(lo, hi, (hi - lo) / (Math.Log2(count) + 1.0));

    // Doane: width = ptp / (1 + log2 n + log2(1 + |g1| / σ_g1)); zero (one bin) for n <= 2 or a
    // constant sample.
    public static double[] DoaneEdges(NumericSample sample)
    {
        var n = sample.Count;
        var width = 0.0;
        if (n > 2)
        {
            var sg1 = Math.Sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)));
            var sigma = sample.PopulationStd();
            if (sigma > 0.0)
            {
                var mean = sample.Mean();
                var sum = 0.0;
                foreach (var v in sample.Sorted)
                {
                    var z = (v - mean) / sigma;
                    sum += z * z * z;
                }

                var g1 = sum / n;
                width = (sample.Max - sample.Min) / (1.0 + Math.Log2(n) + Math.Log2(1.0 + (Math.Abs(g1) / sg1)));
            }
        }

        return Edges(sample.Min, sample.Max, width);
    }

    // numpy's _get_outer_edges and linspace: edge_i = i·step + lo, the last edge exactly hi.
    private static double[] Edges(double lo, double hi, double width)
    {
        var bins = width != 0 && !double.IsNaN(width) ? (int)Math.Ceiling((hi - lo) / width) : 1;
        if (lo == hi)
        {
            lo -= 0.5;
            hi += 0.5;
        }

        var edges = new double[bins + 1];
        var step = (hi - lo) / bins;
        for (var i = 0; i < bins; i++)
        {
            edges[i] = (i * step) + lo;
        }

        edges[bins] = hi;
        return edges;
    }

    // Counts per bin of a sorted sample.
    public static long[] Counts(ReadOnlySpan<double> sorted, double[] edges)
    {
        var counts = new long[edges.Length - 1];
        for (var i = 0; i < counts.Length; i++)
        {
            var upper = i == counts.Length - 1
                ? NumericSample.UpperBound(sorted, edges[i + 1])
                : NumericSample.LowerBound(sorted, edges[i + 1]);
            counts[i] = upper - NumericSample.LowerBound(sorted, edges[i]);
        }

        return counts;
    }

    // Values outside [first edge, last edge] (NannyML's leftover bin).
    public static long Outside(ReadOnlySpan<double> sorted, double[] edges) =>
        NumericSample.LowerBound(sorted, edges[0]) + (sorted.Length - NumericSample.UpperBound(sorted, edges[^1]));
}
