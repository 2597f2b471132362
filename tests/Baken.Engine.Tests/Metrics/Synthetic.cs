using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Metrics;

/// Reproducible predictions with a known structure: label ~ Bernoulli(prevalence) and the score
/// a logistic transform of a normal whose mean depends on the label (AUROC about 0.76 with separation 1).
internal static class Synthetic
{
    public static PredictionSet Create(int n, int seed, double prevalence = 0.3, double separation = 1.0, int? decimals = null)
    {
        var random = new Random(seed);
        var labels = new byte[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = random.NextDouble() < prevalence ? (byte)1 : (byte)0;
            var z = Normal(random) + (labels[i] * separation) - 1.0;
            var p = 1.0 / (1.0 + Math.Exp(-z));
            scores[i] = decimals is { } d ? Math.Round(p, d) : p;
        }

        return PredictionSet.FromArrays(labels, scores);
    }

    /// Perfectly calibrated: the label is drawn with the score as its probability.
    public static PredictionSet Calibrated(int n, int seed, Func<double, double>? distort = null)
    {
        var random = new Random(seed);
        var labels = new byte[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = 1.0 / (1.0 + Math.Exp(-((1.2 * Normal(random)) - 0.8)));
            labels[i] = random.NextDouble() < p ? (byte)1 : (byte)0;
            scores[i] = distort is null ? p : distort(p);
        }

        return PredictionSet.FromArrays(labels, scores);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
