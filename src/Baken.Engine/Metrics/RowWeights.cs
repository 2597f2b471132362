namespace Baken.Engine.Metrics;

// How often each row counts. The metric loops are generic over this so the plain computation
// and a bootstrap replicate (a multinomial count per row) share one implementation; as structs
// the JIT specialises each loop and the unit case costs nothing.
internal interface IRowWeights
{
    int this[int row] { get; }
}

internal readonly struct UnitWeights : IRowWeights
{
    public int this[int row] => 1;
}

internal readonly struct CountWeights(byte[] counts) : IRowWeights
{
    public int this[int row] => counts[row];
}

// logit(p) per row, with p clipped to [1e-15, 1 - 1e-15] as DOMAIN.md prescribes. Computed on
// access for the single full-sample fit (no extra memory); stored for the bootstrap, which
// fits a thousand times.
internal interface ILogits
{
    double this[int row] { get; }
}

internal readonly struct ComputedLogits(double[] scores) : ILogits
{
    public double this[int row] => Probability.Logit(scores[row]);
}

internal readonly struct StoredLogits(double[] logits) : ILogits
{
    public double this[int row] => logits[row];

    public static StoredLogits From(ReadOnlySpan<double> scores, double[]? buffer = null)
    {
        var logits = buffer ?? new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            logits[i] = Probability.Logit(scores[i]);
        }

        return new StoredLogits(logits);
    }
}

internal static class Probability
{
    public const double Epsilon = 1e-15;

    public static double Clip(double p) => Math.Clamp(p, Epsilon, 1.0 - Epsilon);

    public static double Logit(double p)
    {
        p = Clip(p);
        return Math.Log(p / (1.0 - p));
    }
}
