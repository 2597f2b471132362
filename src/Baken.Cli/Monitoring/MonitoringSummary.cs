using System.Globalization;
using Baken.Cli.Agent;
using Baken.Engine.Monitoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Baken.Cli.Monitoring;

/// <summary>
/// The terminal summary of a monitoring run, through Spectre.Console on the command's own output
/// writer (plain text for tests and redirected output); cells are <see cref="Text"/>, never markup,
/// because column and category names come from the data.
/// </summary>
internal static class MonitoringSummary
{
    public static void Write(TextWriter writer, MonitoringResult result, MonitoringPlan plan)
    {
        var console = Terminal.For(writer);
        var text = MonitoringReportText.English;
        if (result.Drift is { } drift)
        {
            var table = Table("Column", "Type", "Missing", "Evidently test", "Score", "Threshold", "Drift", "NannyML above threshold");
            foreach (var c in drift.Columns)
            {
                var e = c.Evidently;
                var nannyMl = c.NannyMl is { } nm
                    ? string.Join(", ", nm.Methods.Where(m => m.Alert).Select(m => m.Name).Concat(nm.ChiSquare is { Alert: true } ? ["chi2"] : []))
                    : "";
                Row(table, c.Column, Type(c.Type), Numbers.Format(c.Missing), e?.DefaultTest ?? "no values", Numbers.Format(e?.DriftScore),
                    e is null ? "" : Numbers.Plain(e.Threshold), e is null ? "" : e.DriftDetected ? "DRIFT" : "no", nannyMl);
            }

            console.Write(table);
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, text.DatasetDrift, drift.NumberOfDriftedColumns, drift.NumberOfColumns,
                Numbers.Format(drift.ShareOfDriftedColumns, 2), Numbers.Format(drift.DriftShare, 2)));
        }

        if (result.Cbpe is { } cbpe)
        {
            Performance(console, result.Performance, cbpe, plan.Protocol);
        }

        if (result.Subgroups.Any(s => s.Values.Count > 0))
        {
            var table = Table("Subgroup", "Value", "n", "AUROC", "Sensitivity", "Specificity");
            foreach (var column in result.Subgroups)
            {
                foreach (var value in column.Values)
                {
                    var m = value.Metrics;
                    Row(table, column.Column, value.Value, m is null ? "suppressed" : Numbers.Format(m.N), Numbers.Format(m?.Auroc),
                        Numbers.Format(m?.Thresholds[0].Sensitivity), Numbers.Format(m?.Thresholds[0].Specificity));
                }
            }

            console.Write(table);
            writer.WriteLine($"Suppressed: fewer than {plan.MinCellSize} rows, positives or negatives; such a cell is reported as {{\"suppressed\": true}} only.");
        }

        if (result.InsufficientData)
        {
            writer.WriteLine(text.Insufficient);
        }

        writer.WriteLine(result.Alerts.Count == 0 ? text.NoAlerts : $"Alerts ({result.Alerts.Count}):");
        foreach (var alert in result.Alerts)
        {
            writer.WriteLine($"  ALERT {alert.Rule}: {text.Describe(alert)}");
        }
    }

    private static void Performance(IAnsiConsole console, PeriodPerformance? performance, CbpeResult cbpe, MonitoringProtocol protocol)
    {
        var threshold = Numbers.Plain(protocol.Threshold);
        var table = Table("Metric", "Realised", "Estimated (CBPE) [±3 SE]", "CBPE thresholds", "Protocol minimum");
        var realised = performance?.Metrics;
        string Realised(double? value) => performance is null ? "no outcomes" : realised is null ? "suppressed" : Numbers.Format(value);
        var values = new[] { realised?.Auroc, realised?.Thresholds[0].Sensitivity, realised?.Thresholds[0].Specificity };
        var names = new[] { "AUROC", $"Sensitivity at {threshold}", $"Specificity at {threshold}" };
        var minimums = new[] { protocol.MinAuroc, protocol.MinSensitivity, protocol.MinSpecificity };
        for (var i = 0; i < 3; i++)
        {
            var m = cbpe.Metrics[i];
            var band = m.LowerConfidenceBoundary is null ? "" : $" [{Numbers.Format(m.LowerConfidenceBoundary)}, {Numbers.Format(m.UpperConfidenceBoundary)}]";
            var thresholds = m.LowerThreshold is null ? "too few reference chunks" : $"[{Numbers.Format(m.LowerThreshold)}, {Numbers.Format(m.UpperThreshold)}]{(m.Alert ? " SHIFT" : "")}";
            Row(table, names[i], Realised(values[i]), Numbers.Format(m.Estimated) + band, thresholds, Numbers.Plain(minimums[i]));
        }

        Row(table, "Observed / expected", Realised(realised?.ObservedExpectedRatio), "", "",
            $"[{Numbers.Plain(protocol.ObservedExpectedLow)}, {Numbers.Plain(protocol.ObservedExpectedHigh)}]");
        console.Write(table);
    }

    private static string Type(ColumnType type) => type == ColumnType.Numerical ? "numerical" : "categorical";

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
}
