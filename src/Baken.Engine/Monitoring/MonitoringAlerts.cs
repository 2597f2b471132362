namespace Baken.Engine.Monitoring;

// The alert rules of MONITORING.md §6, in their order: drift per column (plan order), dataset
// drift, unseen categories, then either the realised performance against the protocol or, when
// that is not reported, the CBPE estimate (metrics in the order auroc, sensitivity, specificity).
// NannyML's own drift alerts stay in place in the result; they raise nothing here.
internal static class MonitoringAlerts
{
    public static List<MonitoringAlert> Raise(MonitoringPlan plan, DriftResult drift, PeriodPerformance? performance, CbpeResult cbpe)
    {
        var alerts = new List<MonitoringAlert>();
        foreach (var column in drift.Columns)
        {
            if (column.Evidently is { DriftDetected: true } e)
            {
                alerts.Add(new MonitoringAlert("drift") { Column = column.Column, Test = e.DefaultTest, Value = e.DriftScore, Threshold = e.Threshold });
            }
        }

        if (drift.DatasetDrift)
        {
            alerts.Add(new MonitoringAlert("dataset_drift") { Value = drift.ShareOfDriftedColumns, Threshold = drift.DriftShare });
        }

        foreach (var column in drift.Columns)
        {
            if (column.UnseenCategories is { Count: > 0 } unseen)
            {
                alerts.Add(new MonitoringAlert("unseen_category") { Column = column.Column, Values = [.. unseen.Select(u => u.Value)] });
            }
        }

        var p = plan.Protocol;
        var minimums = new (string Metric, double Minimum)[] { ("auroc", p.MinAuroc), ("sensitivity", p.MinSensitivity), ("specificity", p.MinSpecificity) };
        if (performance?.Metrics is { } m)
        {
            var atThreshold = m.Thresholds[0];
            var realised = new[] { m.Auroc, atThreshold.Sensitivity, atThreshold.Specificity };
            for (var i = 0; i < minimums.Length; i++)
            {
                if (realised[i] is { } value && value < minimums[i].Minimum)
                {
                    alerts.Add(new MonitoringAlert("performance_below_protocol") { Metric = minimums[i].Metric, Value = value, Threshold = minimums[i].Minimum });
                }
            }

            if (m.ObservedExpectedRatio is { } oe && (oe < p.ObservedExpectedLow || oe > p.ObservedExpectedHigh))
            {
                alerts.Add(new MonitoringAlert("calibration_outside_protocol")
                {
                    Metric = "observedExpectedRatio", Value = oe, Range = (p.ObservedExpectedLow, p.ObservedExpectedHigh),
                });
            }

            return alerts;
        }

        for (var i = 0; i < minimums.Length; i++)
        {
            if (cbpe.Metrics[i].Estimated is { } estimate && estimate < minimums[i].Minimum)
            {
                alerts.Add(new MonitoringAlert("estimated_performance_below_protocol") { Metric = minimums[i].Metric, Value = estimate, Threshold = minimums[i].Minimum });
            }
        }

        foreach (var metric in cbpe.Metrics.Where(metric => metric.Alert))
        {
            alerts.Add(new MonitoringAlert("estimated_performance_shift")
            {
                Metric = metric.Name, Value = metric.Estimated, Range = (metric.LowerThreshold, metric.UpperThreshold),
            });
        }

        return alerts;
    }
}
