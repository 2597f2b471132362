namespace Baken.Engine.Metrics;

// Unpenalised maximum-likelihood logistic recalibration on logit(p), by Newton-Raphson.
// The log-likelihood is concave, so Newton from the "perfectly calibrated" start (a = 0, b = 1)
// converges in a handful of steps; a fit that does not converge (a class absent, or the scores
// separating the classes perfectly) is reported as undefined rather than as a huge number.
internal static class CalibrationFit
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-12;

    // Calibration-in-the-large: a in logit(P(y = 1)) = a + logit(p), logit(p) as offset.
    // With the offset, sigmoid(a + logit p) = p e^a / (p e^a + 1 - p): no logarithm per row.
    public static double? InTheLarge<TWeights>(ReadOnlySpan<double> scores, ReadOnlySpan<byte> labels, TWeights weights)
        where TWeights : struct, IRowWeights
    {
        var a = 0.0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var odds = Math.Exp(a);
            double gradient = 0;
            double information = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                var w = weights[i];
                if (w == 0)
                {
                    continue;
                }

                var p = Probability.Clip(scores[i]);
                var q = p * odds;
                var mu = q / (q + (1.0 - p));
                gradient += w * (labels[i] - mu);
                information += w * mu * (1.0 - mu);
            }

            var step = gradient / information;
            if (!double.IsFinite(step))
            {
                return null;
            }

            a += step;
            if (Math.Abs(step) <= Tolerance * (1.0 + Math.Abs(a)))
            {
                return a;
            }
        }

        return null;
    }

    // Calibration intercept and slope: a, b in logit(P(y = 1)) = a + b logit(p).
    public static (double Intercept, double Slope)? InterceptSlope<TWeights, TLogits>(
        ReadOnlySpan<byte> labels, TLogits logits, TWeights weights, double startIntercept = 0.0, double startSlope = 1.0)
        where TWeights : struct, IRowWeights
        where TLogits : struct, ILogits
    {
        if (!Overlap(labels, logits, weights))
        {
            return null;
        }

        var a = startIntercept;
        var b = startSlope;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (var i = 0; i < labels.Length; i++)
            {
                var w = weights[i];
                if (w == 0)
                {
                    continue;
                }

                var x = logits[i];
                var mu = 1.0 / (1.0 + Math.Exp(-(a + (b * x))));
                var residual = w * (labels[i] - mu);
                var v = w * mu * (1.0 - mu);
                g0 += residual;
                g1 += residual * x;
                h00 += v;
                h01 += v * x;
                h11 += v * x * x;
            }

            switch (NewtonStep(ref a, ref b, g0, g1, h00, h01, h11))
            {
                case Step.Failed:
                    return null;
                case Step.Converged:
                    return (a, b);
            }
        }

        return null;
    }

    // The bootstrap's case: stored logits and counts as weights, four rows at a time (AVX2) with the
    // vectorised exponential. The lane sums make the result differ from the scalar fit in the last bits.
    public static (double Intercept, double Slope)? InterceptSlopeCounts(
        ReadOnlySpan<byte> labels, double[] logits, byte[] counts, double startIntercept, double startSlope)
    {
        if (!Overlap(labels, new StoredLogits(logits), new CountWeights(counts)))
        {
            return null;
        }

        var n = labels.Length;
        var a = startIntercept;
        var b = startSlope;
        var one = System.Runtime.Intrinsics.Vector256<double>.One;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var va = System.Runtime.Intrinsics.Vector256.Create(a);
            var vb = System.Runtime.Intrinsics.Vector256.Create(b);
            var vg0 = System.Runtime.Intrinsics.Vector256<double>.Zero;
            var vg1 = vg0;
            var vh00 = vg0;
            var vh01 = vg0;
            var vh11 = vg0;
            var i = 0;
            for (; i <= n - 4; i += 4)
            {
                var x = System.Runtime.Intrinsics.Vector256.Create(logits[i], logits[i + 1], logits[i + 2], logits[i + 3]);
                var w = System.Runtime.Intrinsics.Vector256.Create((double)counts[i], counts[i + 1], counts[i + 2], counts[i + 3]);
                var y = System.Runtime.Intrinsics.Vector256.Create((double)labels[i], labels[i + 1], labels[i + 2], labels[i + 3]);
                var mu = one / (one + System.Runtime.Intrinsics.Vector256.Exp(-(va + (vb * x))));
                var residual = w * (y - mu);
                var v = w * mu * (one - mu);
                vg0 += residual;
                vg1 += residual * x;
                vh00 += v;
                vh01 += v * x;
                vh11 += v * x * x;
            }

            double g0 = System.Runtime.Intrinsics.Vector256.Sum(vg0), g1 = System.Runtime.Intrinsics.Vector256.Sum(vg1);
            double h00 = System.Runtime.Intrinsics.Vector256.Sum(vh00), h01 = System.Runtime.Intrinsics.Vector256.Sum(vh01), h11 = System.Runtime.Intrinsics.Vector256.Sum(vh11);
            for (; i < n; i++)
            {
                double w = counts[i];
                var x = logits[i];
                var mu = 1.0 / (1.0 + Math.Exp(-(a + (b * x))));
                var residual = w * (labels[i] - mu);
                var v = w * mu * (1.0 - mu);
                g0 += residual;
                g1 += residual * x;
                h00 += v;
                h01 += v * x;
                h11 += v * x * x;
            }

            switch (NewtonStep(ref a, ref b, g0, g1, h00, h01, h11))
            {
                case Step.Failed:
                    return null;
                case Step.Converged:
                    return (a, b);
            }
        }

        return null;
    }

    private enum Step
    {
        Continue,
        Converged,
        Failed,
    }

    // One Newton-Raphson step for (a, b) from the gradient (g0, g1) and the Hessian's entries, shared
    // by the scalar and the vectorised fit so both stop and give up by the same rule.
    private static Step NewtonStep(ref double a, ref double b, double g0, double g1, double h00, double h01, double h11)
    {
        var determinant = (h00 * h11) - (h01 * h01);
        var stepA = ((h11 * g0) - (h01 * g1)) / determinant;
        var stepB = ((h00 * g1) - (h01 * g0)) / determinant;
        if (!(determinant > 0) || !double.IsFinite(stepA) || !double.IsFinite(stepB))
        {
            return Step.Failed;
        }

        a += stepA;
        b += stepB;
        return Math.Abs(stepA) <= Tolerance * (1.0 + Math.Abs(a)) && Math.Abs(stepB) <= Tolerance * (1.0 + Math.Abs(b))
            ? Step.Converged
            : Step.Continue;
    }

    // The maximum-likelihood (a, b) is finite only if neither class lies entirely on one side of
    // the other in logit(p) (no complete or quasi-complete separation, which includes a class
    // being absent). Newton would otherwise "converge" once the fitted probabilities saturate to
    // exactly 0 or 1, at an arbitrary large slope.
    private static bool Overlap<TWeights, TLogits>(ReadOnlySpan<byte> labels, TLogits logits, TWeights weights)
        where TWeights : struct, IRowWeights
        where TLogits : struct, ILogits
    {
        double minPositive = double.PositiveInfinity, maxPositive = double.NegativeInfinity;
        double minNegative = double.PositiveInfinity, maxNegative = double.NegativeInfinity;
        for (var i = 0; i < labels.Length; i++)
        {
            if (weights[i] == 0)
            {
                continue;
            }

            var x = logits[i];
            if (labels[i] == 1)
            {
                minPositive = Math.Min(minPositive, x);
                maxPositive = Math.Max(maxPositive, x);
            }
            else
            {
                minNegative = Math.Min(minNegative, x);
                maxNegative = Math.Max(maxNegative, x);
            }
        }

        return minPositive < maxNegative && minNegative < maxPositive;
    }
}
