namespace Baken.Engine.Metrics;

/// <summary>
/// Every metric for one set of rows (all rows, or one subgroup value). A metric that is undefined
/// for these rows (a class absent, a zero denominator, a fit that does not converge) is null.
/// </summary>
public sealed record MetricSet
{
    /// <summary>Number of rows.</summary>
    public required int N { get; init; }

    /// <summary>Rows with label 1.</summary>
    public required int Positives { get; init; }

    /// <summary>Positives / N.</summary>
    public double? Prevalence { get; init; }

    /// <summary>Area under the ROC curve, ties counting one half.</summary>
    public double? Auroc { get; init; }

    /// <summary>DeLong standard error of the AUROC.</summary>
    public double? AurocSe { get; init; }

    /// <summary>AUROC ± 1.959963984540054 × SE, clipped to [0, 1].</summary>
    public ConfidenceInterval? AurocCi95 { get; init; }

    /// <summary>Average precision (step-wise).</summary>
    public double? Auprc { get; init; }

    /// <summary>Mean squared error of the scores.</summary>
    public double? Brier { get; init; }

    /// <summary>Mean negative log-likelihood, scores clipped to [1e-15, 1 - 1e-15].</summary>
    public double? LogLoss { get; init; }

    /// <summary>a in logit(P(y = 1)) = a + logit(p).</summary>
    public double? CalibrationInTheLarge { get; init; }

    /// <summary>a in logit(P(y = 1)) = a + b logit(p).</summary>
    public double? CalibrationIntercept { get; init; }

    /// <summary>b in logit(P(y = 1)) = a + b logit(p).</summary>
    public double? CalibrationSlope { get; init; }

    /// <summary>Sum of labels / sum of scores.</summary>
    public double? ObservedExpectedRatio { get; init; }

    /// <summary>Expected calibration error over the ten bins of <see cref="CalibrationCurve"/>.</summary>
    public double? Ece { get; init; }

    /// <summary>Ten equal-width bins, empty bins left out.</summary>
    public required CalibrationCurve CalibrationCurve { get; init; }

    /// <summary>Confusion-matrix metrics at each requested threshold, in the requested order.</summary>
    public required IReadOnlyList<ThresholdMetrics> Thresholds { get; init; }

    /// <summary>Bootstrap percentile intervals; null when no replicates were requested.</summary>
    public BootstrapIntervals? Bootstrap { get; init; }
}

/// <summary>A two-sided interval.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper);

/// <summary>The binned calibration curve: one entry per non-empty bin, lowest bin first.</summary>
/// <param name="MeanPredicted">Mean score in the bin.</param>
/// <param name="FractionPositive">Share of label 1 in the bin.</param>
public sealed record CalibrationCurve(IReadOnlyList<double> MeanPredicted, IReadOnlyList<double> FractionPositive);

/// <summary>Metrics when a score of at least <paramref name="Threshold"/> counts as predicted positive.</summary>
/// <param name="Threshold">The threshold t.</param>
/// <param name="Tp">True positives.</param>
/// <param name="Fp">False positives.</param>
/// <param name="Fn">False negatives.</param>
/// <param name="Tn">True negatives.</param>
/// <param name="Sensitivity">TP / (TP + FN).</param>
/// <param name="Specificity">TN / (TN + FP).</param>
/// <param name="Ppv">TP / (TP + FP).</param>
/// <param name="Npv">TN / (TN + FN).</param>
/// <param name="F1">2TP / (2TP + FP + FN).</param>
/// <param name="Accuracy">(TP + TN) / N.</param>
/// <param name="NetBenefit">TP/N - FP/N × t / (1 - t) (decision curve analysis).</param>
public sealed record ThresholdMetrics(
    double Threshold,
    long Tp,
    long Fp,
    long Fn,
    long Tn,
    double? Sensitivity,
    double? Specificity,
    double? Ppv,
    double? Npv,
    double? F1,
    double? Accuracy,
    double? NetBenefit);

/// <summary>Percentile (2.5%, 97.5%) bootstrap intervals from case resampling. A replicate in which a
/// metric is undefined (for example a resample with one class) is left out of that metric's interval.</summary>
/// <param name="Replicates">Number of replicates drawn.</param>
/// <param name="Auroc">Interval for the AUROC.</param>
/// <param name="Auprc">Interval for the AUPRC.</param>
/// <param name="Brier">Interval for the Brier score.</param>
/// <param name="CalibrationSlope">Interval for the calibration slope.</param>
public sealed record BootstrapIntervals(
    int Replicates,
    ConfidenceInterval? Auroc,
    ConfidenceInterval? Auprc,
    ConfidenceInterval? Brier,
    ConfidenceInterval? CalibrationSlope);
