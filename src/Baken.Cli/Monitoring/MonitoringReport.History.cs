using System.Globalization;
using System.Text;

namespace Baken.Cli.Monitoring;

// The report's time series (from --history) and its provenance table.
internal static partial class MonitoringReport
{
    private static void History(StringBuilder html, IReadOnlyList<HistoryPoint> points, MonitoringReportText t)
    {
        if (points.Count < 2)
        {
            return;
        }

        var periods = points.Select(p => p.Period).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.History)}</h2>\n<p class=\"note\">{E(t.HistoryNote)}</p>\n<div class=\"charts\">\n");
        var auroc = HistoryCharts.Line("history-auroc", t.ChartAuroc, periods,
            [new(t.SeriesRealised, "realised", [.. points.Select(p => p.Auroc)]), new(t.SeriesEstimated, "estimated", [.. points.Select(p => p.EstimatedAuroc)])],
            band: (t.SeriesBand, [.. points.Select(p => p.EstimatedAurocLower)], [.. points.Select(p => p.EstimatedAurocUpper)]));
        var rates = HistoryCharts.Line("history-rates", t.ChartSensitivitySpecificity, periods,
        [
            new($"{t.Sensitivity}, {t.SeriesRealised}", "realised", [.. points.Select(p => p.Sensitivity)]),
            new($"{t.Sensitivity}, {t.SeriesEstimated}", "estimated", [.. points.Select(p => p.EstimatedSensitivity)]),
            new($"{t.Specificity}, {t.SeriesRealised}", "second", [.. points.Select(p => p.Specificity)]),
            new($"{t.Specificity}, {t.SeriesEstimated}", "second-estimated", [.. points.Select(p => p.EstimatedSpecificity)]),
        ]);
        var driftShare = points.LastOrDefault(p => p.DriftShare is not null)?.DriftShare;
        var drift = HistoryCharts.Line("history-drift", t.ChartDrift, periods,
            [new(t.SeriesShare, "realised", [.. points.Select(p => p.ShareOfDriftedColumns)])],
            level: driftShare is { } share ? (t.SeriesShareThreshold, share) : null);
        foreach (var (svg, caption) in new[] { (auroc, t.ChartAuroc), (rates, t.ChartSensitivitySpecificity), (drift, t.ChartDrift) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{E(caption)}</figcaption>{svg}</figure>\n");
        }

        html.Append("</div>\n");
    }

    private static void Provenance(StringBuilder html, Input input, MonitoringReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Provenance)}</h2>\n<table>\n");
        foreach (var (name, value) in new[] { (t.ReferenceFile, input.ReferenceFile), (t.PeriodFile, input.PeriodFile), (t.EngineVersion, input.Result.EngineVersion) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(name)}</th><td>{E(value)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }
}
