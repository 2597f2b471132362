using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.Metrics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Baken.Cli.Validation;

/// <summary>
/// The terminal summary of a run. Written through Spectre.Console to the command's own output
/// writer, so tests and redirected output get plain text; cells are <see cref="Text"/>, never
/// markup, because subgroup values come from the data and may contain brackets.
/// </summary>
internal static class SummaryTable
{
    public static void Write(TextWriter writer, ClassifierResult result, IReadOnlyList<CriterionOutcome> outcomes)
    {
        var console = Terminal.For(writer);
        var m = result.Overall;
        var b = m.Bootstrap;
        var overall = b is null ? Table("Metric", "Value") : Table("Metric", "Value", $"Bootstrap 95% CI ({Numbers.Format(b.Replicates)} replicates)");
        Row(overall, "n (positives)", $"{Numbers.Format(m.N)} ({Numbers.Format(m.Positives)})", "");
        Row(overall, "Prevalence", Numbers.Format(m.Prevalence), "");
        Row(overall, "AUROC [95% CI DeLong]", Numbers.WithInterval(m.Auroc, m.AurocCi95), Numbers.Interval(b?.Auroc));
        Row(overall, "AUPRC", Numbers.Format(m.Auprc), Numbers.Interval(b?.Auprc));
        Row(overall, "Brier", Numbers.Format(m.Brier), Numbers.Interval(b?.Brier));
        Row(overall, "Calibration slope", Numbers.Format(m.CalibrationSlope), Numbers.Interval(b?.CalibrationSlope));
        Row(overall, "Calibration intercept", Numbers.Format(m.CalibrationIntercept), "");
        Row(overall, "Observed / expected", Numbers.Format(m.ObservedExpectedRatio), "");
        Row(overall, "ECE", Numbers.Format(m.Ece), "");
        console.Write(overall);

        var thresholds = Table("Threshold", "Sensitivity", "Specificity", "PPV", "NPV");
        foreach (var t in m.Thresholds)
        {
            Row(thresholds, Numbers.Plain(t.Threshold), Numbers.Format(t.Sensitivity), Numbers.Format(t.Specificity), Numbers.Format(t.Ppv), Numbers.Format(t.Npv));
        }

        console.Write(thresholds);

        if (result.Subgroups.Count > 0)
        {
            var subgroups = Table("Subgroup", "Value", "n", "Prevalence", "AUROC [95% CI]", "Brier", "Cal. slope");
            foreach (var column in result.Subgroups)
            {
                foreach (var value in column.Values)
                {
                    if (value.Metrics is { } s)
                    {
                        Row(subgroups, column.Column, value.Value, Numbers.Format(s.N), Numbers.Format(s.Prevalence),
                            Numbers.WithInterval(s.Auroc, s.AurocCi95), Numbers.Format(s.Brier), Numbers.Format(s.CalibrationSlope));
                    }
                    else
                    {
                        Row(subgroups, column.Column, value.Value, "suppressed", "", "", "", "");
                    }
                }
            }

            console.Write(subgroups);
            writer.WriteLine($"Suppressed: fewer than {result.MinCellSize} rows, positives or negatives; such a cell is reported as {{\"suppressed\": true}} only.");
        }

        if (outcomes.Count > 0)
        {
            var criteria = Table("Criterion", "Actual", "Outcome");
            foreach (var o in outcomes)
            {
                Row(criteria, $"{o.Criterion.Id}: {Criteria.Describe(o.Criterion)}", Numbers.Format(o.Actual), o.Met ? "MET" : "NOT MET");
            }

            console.Write(criteria);
            writer.WriteLine($"Acceptance criteria: {outcomes.Count(o => o.Met)} of {outcomes.Count} met.");
        }
    }

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    // Cells beyond the table's columns are dropped, so optional columns need no second code path.
    private static void Row(Table table, params string[] cells) =>
        table.AddRow(cells.Take(table.Columns.Count).Select(c => (IRenderable)new Text(c)));
}
