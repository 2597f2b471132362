namespace Baken.Engine.Monitoring;

// The two distances between empirical distributions the drift methods share:
//   D  = max over the pooled values x of |F_R(x) - F_C(x)| (F counts values <= x), the KS statistic
//        as scipy.stats.ks_2samp computes it (count / n for each sample, then the difference);
//   W1 = Σ_j |F_R(z_j) - F_C(z_j)| (z_j+1 - z_j) over the sorted pooled values z, the Wasserstein
//        distance of scipy.stats.wasserstein_distance.
// Both come from one walk over the two sorted samples.
internal static class SampleDistance
{
    public static (double D, double W1) Between(ReadOnlySpan<double> r, ReadOnlySpan<double> c)
    {
        double nR = r.Length, nC = c.Length;
        int i = 0, j = 0;
        var d = 0.0;
        var w1 = 0.0;
        while (i < r.Length || j < c.Length)
        {
            var z = j >= c.Length || (i < r.Length && r[i] < c[j]) ? r[i] : c[j];
            while (i < r.Length && r[i] == z)
            {
                i++;
            }

            while (j < c.Length && c[j] == z)
            {
                j++;
            }

            var difference = Math.Abs((i / nR) - (j / nC));
            d = Math.Max(d, difference);
            if (i < r.Length || j < c.Length)
            {
                var next = j >= c.Length || (i < r.Length && r[i] < c[j]) ? r[i] : c[j];
                w1 += difference * (next - z);
            }
        }

        return (Math.Min(d, 1.0), w1);
    }
}

// The same two distances from one fixed reference sample to many small ones (NannyML's reference
// chunks). A chunk much smaller than the reference is not merged with all of it: F_R is looked up
// by binary search at the chunk's values, and ∫|F_R - F_C| over each stretch between two chunk
// values comes from running integrals of F_R, split where F_R crosses the chunk's level.
internal sealed class ReferenceDistance
{
    // Below this size ratio the plain walk is as fast and sums in scipy's order.
    private const int WalkRatio = 64;

    private readonly double[] _sorted;
    private readonly double[] _values;
    private readonly long[] _atMost;
    private readonly double[] _integral;

    public ReferenceDistance(NumericSample reference)
    {
        _sorted = reference.Sorted;
        var distinct = reference.Distinct;
        _values = new double[distinct];
        _atMost = new long[distinct];
        _integral = new double[distinct];
        var k = -1;
        for (var i = 0; i < _sorted.Length; i++)
        {
            if (k < 0 || _sorted[i] != _values[k])
            {
                k++;
                _values[k] = _sorted[i];
            }

            _atMost[k] = i + 1;
        }

        double n = _sorted.Length;
        for (var l = 1; l < distinct; l++)
        {
            _integral[l] = _integral[l - 1] + (_atMost[l - 1] / n * (_values[l] - _values[l - 1]));
        }
    }

    public (double D, double W1) To(ReadOnlySpan<double> sortedChunk)
    {
        if ((long)sortedChunk.Length * WalkRatio >= _sorted.Length)
        {
            return SampleDistance.Between(_sorted, sortedChunk);
        }

        double nR = _sorted.Length, nC = sortedChunk.Length;
        var d = 0.0;
        var w1 = 0.0;
        var first = sortedChunk[0];
        var below = NumericSample.LowerBound(_sorted, first);
        d = Math.Max(d, below / nR);
        w1 += Integral(Math.Min(_values[0], first), first);
        var j = 0;
        while (j < sortedChunk.Length)
        {
            var c = sortedChunk[j];
            while (j < sortedChunk.Length && sortedChunk[j] == c)
            {
                j++;
            }

            var level = j / nC;
            d = Math.Max(d, Math.Abs((NumericSample.UpperBound(_sorted, c) / nR) - level));
            var end = j < sortedChunk.Length ? sortedChunk[j] : Math.Max(c, _values[^1]);
            if (j < sortedChunk.Length)
            {
                d = Math.Max(d, Math.Abs((NumericSample.LowerBound(_sorted, end) / nR) - level));
            }

            w1 += AbsoluteIntegral(c, end, level, j, sortedChunk.Length);
        }

        return (Math.Min(d, 1.0), w1);
    }

    // ∫_a^b |F_R(t) - level| dt; F_R is non-decreasing, so the integrand changes sign at most once.
    private double AbsoluteIntegral(double a, double b, double level, long chunkAtMost, long chunkCount)
    {
        if (b <= a)
        {
            return 0.0;
        }

        // First distinct reference value where F_R >= level, in integers to avoid a rounding tie.
        var n = _sorted.Length;
        int lo = 0, hi = _values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_atMost[mid] * chunkCount >= chunkAtMost * n)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var s = lo < _values.Length ? Math.Clamp(_values[lo], a, b) : b;
        var left = (level * (s - a)) - Integral(a, s);
        var right = Integral(s, b) - (level * (b - s));
        return left + right;
    }

    // ∫_a^b F_R(t) dt for a <= b.
    private double Integral(double a, double b) => b <= a ? 0.0 : Running(b) - Running(a);

    // J(x) = ∫_{min R}^x F_R(t) dt.
    private double Running(double x)
    {
        var k = NumericSample.UpperBound(_values, x) - 1;
        return k < 0 ? 0.0 : _integral[k] + (_atMost[k] / (double)_sorted.Length * (x - _values[k]));
    }
}
