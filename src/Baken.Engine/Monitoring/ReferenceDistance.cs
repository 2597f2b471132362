namespace Baken.Engine.Monitoring;

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
