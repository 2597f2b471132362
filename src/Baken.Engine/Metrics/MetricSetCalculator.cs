namespace Baken.Engine.Metrics;

// Computes one MetricSet from a ranked sample.
internal static class MetricSetCalculator
{
    private const double Z95 = 1.959963984540054;

    public static MetricSet Compute(
        RankedSample sample, Workspace workspace, ClassifierOptions options, string bootstrapScope, CancellationToken cancellationToken)
    {
        var n = sample.Count;
        var bothClasses = sample.Positives > 0 && sample.Negatives > 0;
        double? auroc = null, auprc = null, se = null, inTheLarge = null;
        (double? Brier, double? LogLoss, double? ObservedExpected, double? Ece, CalibrationCurve Curve) calibration = default;
        (double Intercept, double Slope)? fit = null;
        var thresholds = new ThresholdMetrics[options.Thresholds.Count];
        // Three independent computations over the same read-only sample, each unchanged (so the
        // result does not depend on the number of threads); on two cores they overlap.
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            () =>
            {
                // Logits stored once (as the bootstrap does) when the workspace's buffer is within the memory budget.
                fit = !bothClasses ? null
                    : sample.ScoreArray.Length <= Bootstrap.StoredLogitsMaxRows
                        ? CalibrationFit.InterceptSlope(sample.Labels, StoredLogits.From(sample.Scores, workspace.Logits), new UnitWeights())
                        : CalibrationFit.InterceptSlope(sample.Labels, new ComputedLogits(sample.ScoreArray), new UnitWeights());
            },
            () =>
            {
                (auroc, auprc) = RankMetrics.Compute(sample, new UnitWeights());
                se = auroc is { } auc ? RankMetrics.DeLongStandardError(sample, auc) : null;
                for (var i = 0; i < thresholds.Length; i++)
                {
                    thresholds[i] = AtThreshold(sample, options.Thresholds[i]);
                }
            },
            () =>
            {
                calibration = CalibrationMetrics.Compute(sample.Scores, sample.Labels);
                inTheLarge = bothClasses ? CalibrationFit.InTheLarge(sample.Scores, sample.Labels, new UnitWeights()) : null;
            });

        var (brier, logLoss, observedExpected, ece, curve) = calibration;
        ConfidenceInterval? ci = auroc is { } a && se is { } s
            ? new ConfidenceInterval(Math.Max(0.0, a - (Z95 * s)), Math.Min(1.0, a + (Z95 * s)))
            : null;

        var bootstrap = options.BootstrapReplicates > 0 && n > 0
            ? Bootstrap.Run(sample, workspace, options.BootstrapReplicates, BootstrapRandom.Stream(options.Seed, bootstrapScope), fit,
                options.MaxDegreeOfParallelism, cancellationToken)
            : null;

        return new MetricSet
        {
            N = n,
            Positives = sample.Positives,
            Prevalence = n > 0 ? sample.Positives / (double)n : null,
            Auroc = auroc,
            AurocSe = se,
            AurocCi95 = ci,
            Auprc = auprc,
            Brier = brier,
            LogLoss = logLoss,
            CalibrationInTheLarge = inTheLarge,
            CalibrationIntercept = fit?.Intercept,
            CalibrationSlope = fit?.Slope,
            ObservedExpectedRatio = observedExpected,
            Ece = ece,
            CalibrationCurve = curve!,
            Thresholds = thresholds,
            Bootstrap = bootstrap,
        };
    }

    // Predicted positive when score >= t. The scores are descending, so the predicted positives
    // are a prefix.
    private static ThresholdMetrics AtThreshold(RankedSample sample, double threshold)
    {
        var scores = sample.Scores;
        var labels = sample.Labels;
        var predicted = 0;
        long tp = 0;
        while (predicted < scores.Length && scores[predicted] >= threshold)
        {
            tp += labels[predicted];
            predicted++;
        }

        long n = sample.Count;
        var fp = predicted - tp;
        var fn = sample.Positives - tp;
        var tn = n - predicted - fn;
        double? netBenefit = n > 0 && threshold < 1.0
            ? (tp / (double)n) - (fp / (double)n * (threshold / (1.0 - threshold)))
            : null;
        return new ThresholdMetrics(
            threshold, tp, fp, fn, tn,
            Sensitivity: Ratio(tp, tp + fn),
            Specificity: Ratio(tn, tn + fp),
            Ppv: Ratio(tp, tp + fp),
            Npv: Ratio(tn, tn + fn),
            F1: Ratio(2 * tp, (2 * tp) + fp + fn),
            Accuracy: Ratio(tp + tn, n),
            NetBenefit: netBenefit);
    }

    private static double? Ratio(long numerator, long denominator) =>
        denominator == 0 ? null : numerator / (double)denominator;
}
