using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;
using Baken.Engine.Monitoring;

namespace Baken.Cli.Monitoring;

/// <summary>
/// The HTML report written next to the monitoring result JSON: one self-contained file (inline CSS
/// and SVG, no scripts, no external resources; the Content-Security-Policy says so to the browser)
/// showing what the JSON holds, and the earlier periods as time series. Nothing row-level; every
/// piece of text from the data is HTML-encoded.
/// </summary>
internal static partial class MonitoringReport
{
    private const string Style = ReportStyle.Base + """
        .alerts li { margin: .2rem 0; } .drift { color: #a4001d; font-weight: 600; }
        .charts { display: flex; flex-direction: column; gap: 1.5rem; }
        figure { margin: 0; } figcaption { font-weight: 600; }
        .history { width: 38rem; max-width: 100%; height: auto; font-size: 12px; }
        .history .grid { stroke: #e3e3e3; } .history .axes { fill: none; stroke: #555; }
        .history .realised { fill: none; stroke: #154273; stroke-width: 2.5; } .history .realised-point { fill: #154273; }
        .history .estimated { fill: none; stroke: #ca005d; stroke-width: 2; stroke-dasharray: 6 4; } .history .estimated-point { fill: #ca005d; }
        .history .second { fill: none; stroke: #39870c; stroke-width: 2.5; } .history .second-point { fill: #39870c; }
        .history .second-estimated { fill: none; stroke: #39870c; stroke-width: 2; stroke-dasharray: 6 4; } .history .second-estimated-point { fill: #39870c; }
        .history .band { fill: #f4c6dc; stroke: #f4c6dc; opacity: .7; } .history .level { stroke: #a4001d; stroke-dasharray: 3 3; }
        .suppressed { color: #555; font-style: italic; }
        """;

    public sealed record Input(MonitoringResult Result, MonitoringPlan Plan, IReadOnlyList<HistoryPoint> History, string ReferenceFile, string PeriodFile);

    public static string Render(Input input, MonitoringReportText t)
    {
        var result = input.Result;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{t.Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>{E(t.Title)}: {E(result.Period)}</title>
            <style>{Style}</style>
            </head>
            <body><main>
            <h1>{E(t.Title)}: {E(result.Period)}</h1>
            <p>{E(t.Intro)}</p>

            """);
        Alerts(html, result, t);
        if (result.Drift is { } drift)
        {
            Evidently(html, drift, t);
            NannyMl(html, drift, t);
        }

        if (result.Cbpe is { } cbpe)
        {
            Performance(html, result.Performance, cbpe, input.Plan.Protocol, t);
        }

        Subgroups(html, result, input.Plan.MinCellSize, t);
        History(html, input.History, t);
        Provenance(html, input, t);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.Footer)}</p>\n</main></body>\n</html>\n");
        return html.ToString();
    }

    private static void Alerts(StringBuilder html, MonitoringResult result, MonitoringReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Alerts)}</h2>\n");
        if (result.InsufficientData)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.Insufficient)}</p>\n");
        }

        if (result.Alerts.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NoAlerts)}</p>\n");
            return;
        }

        html.Append("<ul class=\"alerts\">\n");
        foreach (var alert in result.Alerts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(alert.Rule)}</strong>: {E(t.Describe(alert))}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Evidently(StringBuilder html, DriftResult drift, MonitoringReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Drift)}</h2>\n<p class=\"note\">{E(t.DriftNote)}</p>\n");
        Header(html, t.Column, t.Type, t.Missing, t.Test, t.Score, t.Threshold, t.Drifted);
        foreach (var c in drift.Columns)
        {
            var e = c.Evidently;
            var drifted = e is null ? "" : e.DriftDetected ? $"<span class=\"drift\">{E(t.Yes)}</span>" : E(t.No);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(c.Column)}</td><td>{E(c.Type == ColumnType.Numerical ? t.Numerical : t.Categorical)}</td><td class=\"num\">{Numbers.Format(c.Missing)}</td><td>{E(e?.DefaultTest ?? Numbers.Undefined)}</td><td class=\"num\">{Numbers.Format(e?.DriftScore)}</td><td class=\"num\">{(e is null ? "" : Numbers.Plain(e.Threshold))}</td><td>{drifted}</td></tr>\n");
        }

        html.Append("</table></div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Format(CultureInfo.InvariantCulture, t.DatasetDrift, drift.NumberOfDriftedColumns, drift.NumberOfColumns, Numbers.Format(drift.ShareOfDriftedColumns, 2), Numbers.Format(drift.DriftShare, 2)))}</p>\n");
    }

    private static void NannyMl(StringBuilder html, DriftResult drift, MonitoringReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.NannyMl)}</h2>\n<p class=\"note\">{E(t.NannyMlNote)}</p>\n");
        Header(html, t.Column, t.Method, t.Value, t.UpperThreshold, t.Alert);
        foreach (var c in drift.Columns.Where(c => c.NannyMl is not null))
        {
            var methods = c.NannyMl!.Methods.Select(m => (m.Name, Numbers.Format(m.Value), Numbers.Format(m.UpperThreshold), m.Alert)).ToList();
            if (c.NannyMl.ChiSquare is { } chi2)
            {
                methods.Add(("chi2 (p)", $"{Numbers.Format(chi2.Value, 2)} ({Numbers.Format(chi2.PValue)})", "p < 0.05", chi2.Alert));
            }

            foreach (var (name, value, upper, alert) in methods)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(c.Column)}</td><td>{E(name)}</td><td class=\"num\">{E(value)}</td><td class=\"num\">{E(upper)}</td><td>{(alert ? $"<span class=\"drift\">{E(t.Yes)}</span>" : E(t.No))}</td></tr>\n");
            }
        }

        html.Append("</table></div>\n");
    }

    private static void Performance(StringBuilder html, PeriodPerformance? performance, CbpeResult cbpe, MonitoringProtocol protocol, MonitoringReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Performance)}</h2>\n");
        Header(html, t.Metric, t.Realised, t.Estimated, t.EstimateBand, t.ProtocolMinimum);
        var realised = performance?.Metrics;
        string Realised(double? v) => performance is null ? t.NoLabels : realised is null ? t.Suppressed : Numbers.Format(v);
        var threshold = Numbers.Plain(protocol.Threshold);
        var rows = new (string Name, double? Realised, CbpeMetric? Estimate, string Protocol)[]
        {
            ("AUROC", realised?.Auroc, cbpe.Metrics[0], Numbers.Plain(protocol.MinAuroc)),
            ($"{t.Sensitivity} (t = {threshold})", realised?.Thresholds[0].Sensitivity, cbpe.Metrics[1], Numbers.Plain(protocol.MinSensitivity)),
            ($"{t.Specificity} (t = {threshold})", realised?.Thresholds[0].Specificity, cbpe.Metrics[2], Numbers.Plain(protocol.MinSpecificity)),
            (t.ObservedExpected, realised?.ObservedExpectedRatio, null, $"[{Numbers.Plain(protocol.ObservedExpectedLow)}, {Numbers.Plain(protocol.ObservedExpectedHigh)}]"),
        };
        foreach (var (name, value, m, minimum) in rows)
        {
            var estimate = m is null ? "" : m.LowerConfidenceBoundary is null ? Numbers.Format(m.Estimated)
                : $"{Numbers.Format(m.Estimated)} [{Numbers.Format(m.LowerConfidenceBoundary)}, {Numbers.Format(m.UpperConfidenceBoundary)}]";
            var band = m?.LowerThreshold is null ? "" : $"[{Numbers.Format(m.LowerThreshold)}, {Numbers.Format(m.UpperThreshold)}]";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(name)}</td><td class=\"num\">{E(Realised(value))}</td><td class=\"num\">{E(estimate)}</td><td class=\"num{(m?.Alert == true ? " drift" : "")}\">{E(band)}</td><td class=\"num\">{E(minimum)}</td></tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static void Subgroups(StringBuilder html, MonitoringResult result, int minCellSize, MonitoringReportText t)
    {
        if (!result.Subgroups.Any(s => s.Values.Count > 0))
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Subgroups)}</h2>\n<p class=\"note\">{E(string.Format(CultureInfo.InvariantCulture, t.SuppressedNote, minCellSize))}</p>\n");
        Header(html, t.Column, t.Group, "n", "AUROC", t.Sensitivity, t.Specificity, "O/E");
        foreach (var column in result.Subgroups)
        {
            foreach (var value in column.Values)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(column.Column)}</td><td>{E(value.Value)}</td>");
                if (value.Metrics is not { } m)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"5\" class=\"suppressed\">{E(t.Suppressed)}</td></tr>\n");
                    continue;
                }

                var cells = new[] { Numbers.Format(m.N), Numbers.WithInterval(m.Auroc, m.AurocCi95), Numbers.Format(m.Thresholds[0].Sensitivity), Numbers.Format(m.Thresholds[0].Specificity), Numbers.Format(m.ObservedExpectedRatio) };
                html.AppendJoin("", cells.Select(c => $"<td class=\"num\">{E(c)}</td>")).Append("</tr>\n");
            }
        }

        html.Append("</table></div>\n");
    }

    private static void Header(StringBuilder html, params string[] headers)
    {
        html.Append("<div class=\"wide\"><table>\n<tr>");
        foreach (var header in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(header)}</th>");
        }

        html.Append("</tr>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
