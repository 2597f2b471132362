using Baken.Engine.Metrics;

namespace Baken.Engine.Monitoring;

/// <summary>
/// One period compared with the reference (MONITORING.md): aggregates only, written by
/// <see cref="MonitoringResultJson"/>. A statistic that is undefined for the data (NaN in the
/// libraries) is null.
/// </summary>
/// <param name="Period">The period's name (e.g. 2026-04).</param>
/// <param name="N">Rows in the period file.</param>
/// <param name="LabelledRows">Rows with a known outcome.</param>
/// <param name="InsufficientData">True when <paramref name="N"/> is below the plan's minimum sample size; then drift, performance and CBPE are null.</param>
/// <param name="Performance">Metrics on the labelled rows; null when there are none.</param>
/// <param name="Subgroups">Per subgroup column, its values among the labelled rows (ordinal order).</param>
/// <param name="Drift">Drift per monitored column and for the dataset.</param>
/// <param name="Cbpe">NannyML's label-free performance estimate.</param>
/// <param name="Alerts">The alerts, in the order of MONITORING.md §6.</param>
/// <param name="EngineVersion">Version of Baken.Engine that computed it.</param>
public sealed record MonitoringResult(
    string Period,
    int N,
    int LabelledRows,
    bool InsufficientData,
    PeriodPerformance? Performance,
    IReadOnlyList<SubgroupResult> Subgroups,
    DriftResult? Drift,
    CbpeResult? Cbpe,
    IReadOnlyList<MonitoringAlert> Alerts,
    string EngineVersion);

/// <summary>Realised performance of the labelled rows, or suppression when they are too few.</summary>
/// <param name="Metrics">The validation engine's metric set at the protocol threshold; null when suppressed.</param>
public sealed record PeriodPerformance(MetricSet? Metrics)
{
    /// <summary>True when the labelled rows, positives or negatives number fewer than the minimum cell size.</summary>
    public bool Suppressed => Metrics is null;
}

/// <summary>Drift of every monitored column and Evidently's dataset-drift share.</summary>
/// <param name="Columns">Per monitored column, in plan order.</param>
/// <param name="NumberOfColumns">Columns tested (at least one non-missing period value).</param>
/// <param name="NumberOfDriftedColumns">Tested columns whose default Evidently test detects drift.</param>
/// <param name="ShareOfDriftedColumns">Drifted / tested.</param>
/// <param name="DriftShare">The plan's share at which the dataset drifts.</param>
/// <param name="DatasetDrift">Share of drifted columns at least <paramref name="DriftShare"/>.</param>
public sealed record DriftResult(
    IReadOnlyList<ColumnDrift> Columns,
    int NumberOfColumns,
    int NumberOfDriftedColumns,
    double? ShareOfDriftedColumns,
    double DriftShare,
    bool DatasetDrift);

/// <summary>One monitored column.</summary>
/// <param name="Column">Column name.</param>
/// <param name="Type">numerical or categorical.</param>
/// <param name="Missing">Missing values in the period.</param>
/// <param name="Evidently">Evidently's tests; null when the period (or reference) has no value.</param>
/// <param name="NannyMl">NannyML's univariate methods; null likewise.</param>
/// <param name="UnseenCategories">Categorical columns: period values absent from the reference (sorted); null for numerical columns.</param>
public sealed record ColumnDrift(
    string Column,
    ColumnType Type,
    long Missing,
    EvidentlyDrift? Evidently,
    NannyMlDrift? NannyMl,
    IReadOnlyList<UnseenCategory>? UnseenCategories);

/// <summary>A period value the reference never had; its row count only when at least the minimum cell size.</summary>
public sealed record UnseenCategory(string Value, long? Rows)
{
    /// <summary>True when fewer rows than the minimum cell size have the value.</summary>
    public bool Suppressed => Rows is null;
}

/// <summary>Evidently's default test for the column and every applicable test.</summary>
public sealed record EvidentlyDrift(
    string DefaultTest,
    double? DriftScore,
    double Threshold,
    bool DriftDetected,
    DriftBins Bins,
    IReadOnlyList<DriftTest> Tests);

/// <summary>One Evidently test: its statistic or p-value, threshold and decision.</summary>
public sealed record DriftTest(string Name, double? Value, double Threshold, bool DriftDetected);

/// <summary>The bins PSI and Jensen-Shannon used: pooled Sturges edges, or one bin per value.</summary>
/// <param name="Edges">Bin edges (kind "sturges").</param>
/// <param name="NumericValues">The values of a numerical column (kind "values").</param>
/// <param name="TextValues">The values of a categorical column (kind "values").</param>
public sealed record DriftBins(IReadOnlyList<double>? Edges, IReadOnlyList<double>? NumericValues, IReadOnlyList<string>? TextValues)
{
    /// <summary>"sturges" or "values".</summary>
    public string Kind => Edges is null ? "values" : "sturges";
}

/// <summary>NannyML's univariate drift methods with thresholds from reference chunks of the period's size.</summary>
/// <param name="BinEdges">Doane edges on the reference (numerical columns).</param>
/// <param name="Categories">Reference categories (categorical columns).</param>
/// <param name="ReferenceChunks">Number of reference chunks.</param>
/// <param name="Methods">jensen_shannon, hellinger, then kolmogorov_smirnov, wasserstein (numerical) or l_infinity (categorical).</param>
/// <param name="ChiSquare">chi2 (categorical columns).</param>
public sealed record NannyMlDrift(
    IReadOnlyList<double>? BinEdges,
    IReadOnlyList<string>? Categories,
    int ReferenceChunks,
    IReadOnlyList<NannyMlMethod> Methods,
    NannyMlChiSquare? ChiSquare);

/// <summary>A NannyML method's value, its upper threshold (null with fewer than six chunks) and alert.</summary>
public sealed record NannyMlMethod(string Name, double? Value, double? UpperThreshold, bool Alert);

/// <summary>NannyML's chi2: the contingency statistic and p-value; alert when p &lt; 0.05.</summary>
public sealed record NannyMlChiSquare(double Value, double PValue, bool Alert);

/// <summary>NannyML CBPE: expected confusion matrix and estimated metrics with sampling errors and thresholds.</summary>
public sealed record CbpeResult(
    int N,
    int ReferenceChunks,
    double Tp,
    double Fp,
    double Fn,
    double Tn,
    IReadOnlyList<CbpeMetric> Metrics);

/// <summary>One estimated metric (auroc, sensitivity, specificity).</summary>
public sealed record CbpeMetric(
    string Name,
    double? Estimated,
    double? SamplingError,
    double? LowerConfidenceBoundary,
    double? UpperConfidenceBoundary,
    double? LowerThreshold,
    double? UpperThreshold,
    bool Alert);

/// <summary>An alert; which fields are set depends on the rule (MONITORING.md §6).</summary>
public sealed record MonitoringAlert(string Rule)
{
    /// <summary>The column (drift, unseen_category).</summary>
    public string? Column { get; init; }

    /// <summary>The Evidently test (drift).</summary>
    public string? Test { get; init; }

    /// <summary>The metric (performance and estimate rules).</summary>
    public string? Metric { get; init; }

    /// <summary>The value that raised it.</summary>
    public double? Value { get; init; }

    /// <summary>The unseen values (unseen_category).</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>A single threshold.</summary>
    public double? Threshold { get; init; }

    /// <summary>A [lower, upper] threshold pair (calibration and estimated shift).</summary>
    public (double? Lower, double? Upper)? Range { get; init; }
}
