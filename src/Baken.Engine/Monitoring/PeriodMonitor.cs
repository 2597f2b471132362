using Baken.Engine.Metrics;

namespace Baken.Engine.Monitoring;

/// <summary>
/// Compares one period with the reference (MONITORING.md): realised performance where labels
/// exist, drift of every monitored column (Evidently and NannyML), the label-free CBPE estimate and
/// the alerts. Deterministic: the same files and plan give the same result on any machine and
/// thread count.
/// </summary>
public static class PeriodMonitor
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="reference">The reference data, read with isReference = true and free of errors.</param>
    /// <param name="period">The period data, free of errors.</param>
    /// <param name="plan">The plan both were read with.</param>
    /// <param name="periodName">The period's name for the result (e.g. 2026-04).</param>
    public static MonitoringResult Run(MonitoringData reference, MonitoringData period, MonitoringPlan plan, string periodName)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(periodName);
        if (reference.HasErrors || period.HasErrors || reference.Labels is null)
        {
            throw new ArgumentException("The data has read errors (or the reference no outcome column); check Issues before running.");
        }

        var n = period.Count;
        if (n < plan.MinSampleSize)
        {
            var alert = new MonitoringAlert("insufficient_data") { Value = n, Threshold = plan.MinSampleSize };
            return new MonitoringResult(
                periodName, n, period.LabelledRows, true, null, [.. plan.Subgroups.Select(c => new SubgroupResult(c, []))],
                null, null, [alert], ClassifierValidator.EngineVersion);
        }

        PeriodPerformance? performance = null;
        IReadOnlyList<SubgroupResult> subgroups = [];
        var referenceScores = new ReferenceScores(reference.Scores, reference.Labels);
        var periodScores = NumericSample.From(period.Scores);
        var columns = new ColumnDrift[period.Columns.Count];
        CbpeResult? cbpe = null;

        // Columns, CBPE and performance are independent: they run side by side.
        var work = new List<Action>
        {
            () => (performance, subgroups) = LabelledPerformance.Compute(period, plan),
            () => cbpe = Cbpe.Compute(referenceScores, periodScores.Sorted, n, plan.Protocol.Threshold),
        };
        for (var i = 0; i < columns.Length; i++)
        {
            var index = i;
            work.Add(() => columns[index] = Column(reference.Columns[index], period.Columns[index], referenceScores, periodScores, n, plan.MinCellSize));
        }

        Parallel.Invoke([.. work]);

        var tested = columns.Count(c => c.Evidently is not null);
        var drifted = columns.Count(c => c.Evidently is { DriftDetected: true });
        double? share = tested > 0 ? drifted / (double)tested : null;
        var drift = new DriftResult(columns, tested, drifted, share, plan.DriftShare, share >= plan.DriftShare);
        var alerts = MonitoringAlerts.Raise(plan, drift, performance, cbpe!);
        return new MonitoringResult(periodName, n, period.LabelledRows, false, performance, subgroups, drift, cbpe, alerts, ClassifierValidator.EngineVersion);
    }

    private static ColumnDrift Column(
        ColumnData reference, ColumnData period, ReferenceScores referenceScores, NumericSample periodScores, int periodRows, int minCellSize)
    {
        var missing = period.Missing();
        if (period.Type == ColumnType.Numerical)
        {
            var isScore = period.Name == MonitoringPlan.ScoreColumn;
            var r = isScore ? NumericSample.FromSorted(referenceScores.SortedScores) : NumericSample.From(reference.Numbers!);
            var c = isScore ? periodScores : NumericSample.From(period.Numbers!);
            if (r.Count == 0 || c.Count == 0)
            {
                return new ColumnDrift(period.Name, ColumnType.Numerical, missing, null, null, null);
            }

            var (evidently, nannyMl) = NumericalDrift.Compute(reference.Numbers!, r, c, periodRows);
            return new ColumnDrift(period.Name, ColumnType.Numerical, missing, evidently, nannyMl, null);
        }

        if (missing == period.Codes!.Length || reference.Missing() == reference.Codes!.Length)
        {
            return new ColumnDrift(period.Name, ColumnType.Categorical, missing, null, null, null);
        }

        var (ev, nm, unseen) = CategoricalDrift.Compute(reference, period, periodRows, minCellSize);
        return new ColumnDrift(period.Name, ColumnType.Categorical, missing, ev, nm, unseen);
    }
}
