namespace Baken.Engine.Monitoring;

// scikit-learn's IsotonicRegression(out_of_bounds="clip", increasing=True) (1.2.1,
// sklearn/isotonic.py and _isotonic.pyx), as NannyML's IsotonicCalibrator uses it:
//   fit: rows sorted by (score, label); a run of scores each within 1e-15 of the run's first
//        (_make_unique) becomes one point (first score, mean label, weight = count); pool adjacent
//        violators (weighted means, backtracking as sklearn does); points equal to both
//        neighbours dropped;
//   predict: clip to [first, last knot], then numpy.interp (a knot's own value on the knot).
internal sealed class IsotonicCalibrator
{
    private const double Resolution = 1e-15;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _slopes;

    private IsotonicCalibrator(double[] x, double[] y)
    {
        _x = x;
        _y = y;
        _slopes = new double[Math.Max(x.Length - 1, 0)];
        for (var i = 0; i < _slopes.Length; i++)
        {
            _slopes[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        }
    }

    public int Knots => _x.Length;

    // Scores ascending with their labels in the same order.
    public static IsotonicCalibrator Fit(ReadOnlySpan<double> sortedScores, ReadOnlySpan<sbyte> labels)
    {
        var (x, y, w) = MakeUnique(sortedScores, labels);
        PoolAdjacentViolators(y, w);
        return Trim(x, y);
    }

    public double Predict(double score)
    {
        var x = Math.Clamp(score, _x[0], _x[^1]);
        if (_x.Length == 1)
        {
            return _y[0];
        }

        // The last knot at or below x (numpy's binary_search_with_guess).
        var j = NumericSample.UpperBound(_x, x) - 1;
        if (j >= _x.Length - 1 || _x[j] == x)
        {
            return _y[j];
        }

        return (_slopes[j] * (x - _x[j])) + _y[j];
    }

    private static (double[] X, double[] Y, double[] W) MakeUnique(ReadOnlySpan<double> scores, ReadOnlySpan<sbyte> labels)
    {
        var x = new double[scores.Length];
        var y = new double[scores.Length];
        var w = new double[scores.Length];
        var points = 0;
        var current = scores[0];
        double sumY = 0, weight = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] - current >= Resolution)
            {
                (x[points], w[points], y[points]) = (current, weight, sumY / weight);
                points++;
                current = scores[i];
                weight = 0;
                sumY = 0;
            }

            weight += 1;
            sumY += labels[i];
        }

        (x[points], w[points], y[points]) = (current, weight, sumY / weight);
        points++;
        return (x[..points], y[..points], w[..points]);
    }

    // sklearn's _inplace_contiguous_isotonic_regression: blocks [i..target[i]]; a violating run
    // is pooled into its first index, then the scan steps back one block.
    private static void PoolAdjacentViolators(double[] y, double[] w)
    {
        var n = y.Length;
        var target = new int[n];
        for (var t = 0; t < n; t++)
        {
            target[t] = t;
        }

        var i = 0;
        while (i < n)
        {
            var k = target[i] + 1;
            if (k == n)
            {
                break;
            }

            if (y[i] < y[k])
            {
                i = k;
                continue;
            }

            var sumWy = w[i] * y[i];
            var sumW = w[i];
            while (true)
            {
                var previous = y[k];
                sumWy += w[k] * y[k];
                sumW += w[k];
                k = target[k] + 1;
                if (k == n || previous < y[k])
                {
                    y[i] = sumWy / sumW;
                    w[i] = sumW;
                    target[i] = k - 1;
                    target[k - 1] = i;
                    if (i > 0)
                    {
                        i = target[i - 1];
                    }

                    break;
                }
            }
        }

        for (i = 0; i < n;)
        {
            var k = target[i] + 1;
            y.AsSpan(i + 1, k - i - 1).Fill(y[i]);
            i = k;
        }
    }

    // Keeps the first and last point and every point that differs from a neighbour.
    private static IsotonicCalibrator Trim(double[] x, double[] y)
    {
        var keptX = new List<double>(x.Length);
        var keptY = new List<double>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (i == 0 || i == x.Length - 1 || y[i] != y[i - 1] || y[i] != y[i + 1])
            {
                keptX.Add(x[i]);
                keptY.Add(y[i]);
            }
        }

        return new IsotonicCalibrator([.. keptX], [.. keptY]);
    }
}
