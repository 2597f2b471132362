using System.Globalization;
using Baken.Cli.Agent;
using Baken.Engine.Monitoring;

namespace Baken.Cli.Monitoring;

/// <summary>
/// The words of the monitoring report and of the alerts. Dutch is the default, as for the
/// validation report; the terminal summary uses the English alert texts.
/// </summary>
internal sealed partial record MonitoringReportText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Alerts { get; init; }
    public required string NoAlerts { get; init; }
    public required string Insufficient { get; init; }
    public required string Drift { get; init; }
    public required string DriftNote { get; init; }
    public required string Column { get; init; }
    public required string Type { get; init; }
    public required string Numerical { get; init; }
    public required string Categorical { get; init; }
    public required string Missing { get; init; }
    public required string Test { get; init; }
    public required string Score { get; init; }
    public required string Threshold { get; init; }
    public required string Drifted { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string DatasetDrift { get; init; }
    public required string NannyMl { get; init; }
    public required string NannyMlNote { get; init; }
    public required string Method { get; init; }
    public required string Value { get; init; }
    public required string UpperThreshold { get; init; }
    public required string Alert { get; init; }
    public required string Performance { get; init; }
    public required string Metric { get; init; }
    public required string Realised { get; init; }
    public required string Estimated { get; init; }
    public required string EstimateBand { get; init; }
    public required string ProtocolMinimum { get; init; }
    public required string NoLabels { get; init; }
    public required string Suppressed { get; init; }
    public required string SuppressedNote { get; init; }
    public required string Sensitivity { get; init; }
    public required string Specificity { get; init; }
    public required string ObservedExpected { get; init; }
    public required string Subgroups { get; init; }
    public required string Group { get; init; }
    public required string History { get; init; }
    public required string HistoryNote { get; init; }
    public required string ChartAuroc { get; init; }
    public required string ChartSensitivitySpecificity { get; init; }
    public required string ChartDrift { get; init; }
    public required string SeriesRealised { get; init; }
    public required string SeriesEstimated { get; init; }
    public required string SeriesBand { get; init; }
    public required string SeriesShare { get; init; }
    public required string SeriesShareThreshold { get; init; }
    public required string Provenance { get; init; }
    public required string ReferenceFile { get; init; }
    public required string PeriodFile { get; init; }
    public required string EngineVersion { get; init; }
    public required string Footer { get; init; }

    // Alert texts: {0} column or metric, {1} value, {2} threshold, {3} test.
    public required string AlertInsufficient { get; init; }
    public required string AlertDrift { get; init; }
    public required string AlertDatasetDrift { get; init; }
    public required string AlertUnseen { get; init; }
    public required string AlertBelowProtocol { get; init; }
    public required string AlertCalibration { get; init; }
    public required string AlertEstimatedBelow { get; init; }
    public required string AlertEstimatedShift { get; init; }

    public static MonitoringReportText For(string language) => language == "en" ? English : Dutch;

    public string Describe(MonitoringAlert a)
    {
        var template = a.Rule switch
        {
            "insufficient_data" => AlertInsufficient,
            "drift" => AlertDrift,
            "dataset_drift" => AlertDatasetDrift,
            "unseen_category" => AlertUnseen,
            "performance_below_protocol" => AlertBelowProtocol,
            "calibration_outside_protocol" => AlertCalibration,
            "estimated_performance_below_protocol" => AlertEstimatedBelow,
            "estimated_performance_shift" => AlertEstimatedShift,
            _ => a.Rule,
        };
        var threshold = a.Range is { } r ? $"[{Short(r.Lower)}, {Short(r.Upper)}]" : Short(a.Threshold);
        var value = a.Values is { } values ? string.Join(", ", values) : a.Value is { } v && v == Math.Floor(v) && Math.Abs(v) >= 1 ? Numbers.Format((long)v) : Numbers.Format(a.Value);
        return string.Format(CultureInfo.InvariantCulture, template, a.Column ?? MetricName(a.Metric), value, threshold, a.Test);
    }

    // Thresholds from the plan (0.1, 0.72, 100) as typed; computed ones with four decimals.
    private static string Short(double? value) =>
        value is { } v && Numbers.Plain(v).Length <= 6 ? Numbers.Plain(v) : Numbers.Format(value);

    public string MetricName(string? metric) => metric switch
    {
        "auroc" => "AUROC",
        "sensitivity" => Sensitivity,
        "specificity" => Specificity,
        "observedExpectedRatio" => ObservedExpected,
        _ => metric ?? "",
    };
}
