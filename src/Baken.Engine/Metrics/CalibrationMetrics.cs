namespace Baken.Engine.Metrics;

// Brier score, log loss, observed/expected ratio and the binned calibration curve: sums over
// rows, in any order.
internal static class CalibrationMetrics
{
    public const int Bins = 10;

    // numpy.linspace(0, 1, 11) computes edge k as k * 0.1 (so 0.30000000000000004, not 0.3);
    // matching it bit for bit decides the bin of a score that sits on an edge.
    private static readonly double[] InnerEdges = [.. Enumerable.Range(1, Bins - 1).Select(k => k * (1.0 / Bins))];

    public static double Brier<TWeights>(ReadOnlySpan<double> scores, ReadOnlySpan<byte> labels, TWeights weights, long totalWeight)
        where TWeights : struct, IRowWeights
    {
        double sum = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var error = scores[i] - labels[i];
            sum += weights[i] * error * error;
        }

        return sum / totalWeight;
    }

    public static (double? Brier, double? LogLoss, double? ObservedExpected, double? Ece, CalibrationCurve Curve) Compute(
        ReadOnlySpan<double> scores, ReadOnlySpan<byte> labels)
    {
        var n = scores.Length;
        if (n == 0)
        {
            return (null, null, null, null, new CalibrationCurve([], []));
        }

        double squaredErrors = 0;
        double logLoss = 0;
        double sumScores = 0;
        long positives = 0;
        Span<long> binCount = stackalloc long[Bins];
        Span<double> binScores = stackalloc double[Bins];
        Span<long> binPositives = stackalloc long[Bins];

        for (var i = 0; i < n; i++)
        {
            var p = scores[i];
            var y = labels[i];
            var error = p - y;
            squaredErrors += error * error;
            var clipped = Probability.Clip(p);
            logLoss -= y == 1 ? Math.Log(clipped) : Math.Log(1.0 - clipped);
            sumScores += p;
            positives += y;

            var bin = Bin(p);
            binCount[bin]++;
            binScores[bin] += p;
            binPositives[bin] += y;
        }

        var meanPredicted = new List<double>(Bins);
        var fractionPositive = new List<double>(Bins);
        double ece = 0;
        for (var bin = 0; bin < Bins; bin++)
        {
            if (binCount[bin] == 0)
            {
                continue; // empty bins are dropped, as in scikit-learn's calibration_curve
            }

            var predicted = binScores[bin] / binCount[bin];
            var observed = binPositives[bin] / (double)binCount[bin];
            meanPredicted.Add(predicted);
            fractionPositive.Add(observed);
            ece += binCount[bin] / (double)n * Math.Abs(observed - predicted);
        }

        double? observedExpected = sumScores > 0 ? positives / sumScores : null;
        return (squaredErrors / n, logLoss / n, observedExpected, ece, new CalibrationCurve(meanPredicted, fractionPositive));
    }

    // The number of inner edges strictly below p: numpy searchsorted(side='left') on the inner
    // edges, so a score equal to an edge falls in the lower bin.
    private static int Bin(double p)
    {
        var bin = Math.Clamp((int)(p * Bins), 0, Bins - 1);
        while (bin > 0 && InnerEdges[bin - 1] >= p)
        {
            bin--;
        }

        while (bin < InnerEdges.Length && InnerEdges[bin] < p)
        {
            bin++;
        }

        return bin;
    }
}
