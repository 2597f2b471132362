using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Engine.Monitoring;

// Realised performance of the period's labelled rows (§4), computed by the validation engine
// itself (ClassifierValidator) at the protocol threshold, with its small-cell rule for subgroups;
// the overall set is suppressed by the same rule. Subgroup values are those among the labelled
// rows, missing left out.
internal static class LabelledPerformance
{
    public static (PeriodPerformance? Overall, IReadOnlyList<SubgroupResult> Subgroups) Compute(MonitoringData period, MonitoringPlan plan)
    {
        var labels = period.Labels;
        var labelled = period.LabelledRows;
        if (labels is null || labelled == 0)
        {
            return (null, [.. plan.Subgroups.Select(c => new SubgroupResult(c, []))]);
        }

        var y = new byte[labelled];
        var scores = new double[labelled];
        var rows = new int[labelled];
        for (int i = 0, k = 0; i < labels.Length; i++)
        {
            if (labels[i] >= 0)
            {
                y[k] = (byte)labels[i];
                scores[k] = period.Scores[i];
                rows[k++] = i;
            }
        }

        var subgroups = plan.Subgroups.Select(name => Subgroup(period.Columns.First(c => c.Name == name), rows)).ToList();
        var data = new PredictionSet(y, scores, labelled, subgroups, null, labelled, [], null);
        var options = new ClassifierOptions { Thresholds = [plan.Protocol.Threshold], BootstrapReplicates = 0, MinCellSize = plan.MinCellSize };
        var result = ClassifierValidator.Run(data, options);

        var overall = result.Overall;
        var min = plan.MinCellSize;
        var reportable = overall.N >= min && overall.Positives >= min && overall.N - overall.Positives >= min;
        var reported = result.Subgroups
            .Select(s => s with { Values = [.. s.Values.Where(v => v.Value.Length > 0)] })
            .ToList();
        return (new PeriodPerformance(reportable ? overall : null), reported);
    }

    // The column's codes for the labelled rows, re-encoded so that only values present among them
    // are listed; a missing value becomes "" (dropped from the result afterwards).
    private static SubgroupColumn Subgroup(ColumnData column, int[] rows)
    {
        var encoder = new SubgroupEncoder(column.Name);
        var codes = new int[rows.Length];
        var categories = column.Categories!;
        var source = column.Codes!;
        // Old code + 1 (0 for missing) -> new code, assigned in order of first appearance.
        var map = new int[categories.Count + 1];
        Array.Fill(map, -1);
        for (var k = 0; k < rows.Length; k++)
        {
            var code = source[rows[k]];
            ref var mapped = ref map[code + 1];
            if (mapped < 0)
            {
                mapped = encoder.Encode(code < 0 ? "" : categories[code]);
            }

            codes[k] = mapped;
        }

        return new SubgroupColumn(column.Name, encoder.Values, codes, codes.Length);
    }
}
