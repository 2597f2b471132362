using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.Metrics;

namespace Baken.Cli.Validation;

/// <summary>
/// The HTML report written next to the result JSON: one self-contained file (inline CSS and SVG,
/// no scripts, no external resources; the Content-Security-Policy says so to the browser too) that
/// can be mailed, archived or printed. It shows what the JSON holds, and nothing row-level: the ROC
/// curve is drawn from cumulative rates. Every piece of text from the data is HTML-encoded.
/// </summary>
internal static class HtmlReport
{
    private const string Style = ReportStyle.Base + """
        .figures { display: flex; flex-wrap: wrap; gap: 1.5rem; }
        figure { margin: 0; } figcaption { font-weight: 600; }
        .chart { width: 24rem; max-width: 100%; height: auto; font-size: 12px; }
        .chart .grid { stroke: #e3e3e3; } .chart .axes { fill: none; stroke: #555; }
        .chart .diagonal { stroke: #888; stroke-dasharray: 6 4; }
        .chart .curve { fill: none; stroke: #154273; stroke-width: 2.5; } .chart .point { fill: #154273; }
        .suppressed { color: #555; font-style: italic; }
        """;

    public sealed record Input(
        ClassifierResult Result,
        IReadOnlyList<(double Fpr, double Tpr)> Roc,
        ProtocolDocument? Protocol,
        IReadOnlyList<CriterionOutcome> Outcomes,
        string InputFileName);

    public static string Render(Input input, ReportText t)
    {
        var (result, m) = (input.Result, input.Result.Overall);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{t.Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>{E(t.Title)}: {E(input.InputFileName)}</title>
            <style>{Style}</style>
            </head>
            <body><main>
            <h1>{E(t.Title)}</h1>
            <p>{E(t.Intro)}</p>

            """);

        if (input.Outcomes.Count > 0)
        {
            Criteria(html, input.Outcomes, t);
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Overall)}</h2>\n<div class=\"figures\">\n<figure>{(input.Roc.Count > 0 ? ReportCharts.Roc(input.Roc, m.Auroc, t) : $"<p>{E(t.RocUndefined)}</p>")}<figcaption>{E(t.RocTitle)}</figcaption></figure>\n");
        html.Append(CultureInfo.InvariantCulture, $"<figure>{ReportCharts.Calibration(m.CalibrationCurve, t)}<figcaption>{E(t.CalibrationTitle)}</figcaption></figure>\n</div>\n");
        Overall(html, m, t);
        Thresholds(html, m, t);
        Subgroups(html, result, t);
        Provenance(html, input, t);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.Footer)}</p>\n</main></body>\n</html>\n");
        return html.ToString();
    }

    private static void Criteria(StringBuilder html, IReadOnlyList<CriterionOutcome> outcomes, ReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Criteria)}</h2>\n<table>\n<tr><th>{E(t.Criterion)}</th><th>{E(t.Actual)}</th><th>{E(t.Outcome)}</th></tr>\n");
        foreach (var o in outcomes)
        {
            var (css, word) = o.Met ? ("met", t.Met) : ("not-met", t.NotMet);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E($"{o.Criterion.Id}: {Baken.Core.Validation.Criteria.Describe(o.Criterion)}")}</td><td class=\"num\">{Numbers.Format(o.Actual)}</td><td class=\"{css}\">{E(word)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Overall(StringBuilder html, MetricSet m, ReportText t)
    {
        var b = m.Bootstrap;
        var rows = new List<(string, string)>
        {
            ("n", Numbers.Format(m.N)),
            (t.Positives, Numbers.Format(m.Positives)),
            (t.Prevalence, Numbers.Format(m.Prevalence)),
            (t.AurocCi, Numbers.WithInterval(m.Auroc, m.AurocCi95)),
            ("AUPRC", Numbers.Format(m.Auprc)),
            ("Brier", Numbers.Format(m.Brier)),
            (t.LogLoss, Numbers.Format(m.LogLoss)),
            (t.CalibrationInTheLarge, Numbers.Format(m.CalibrationInTheLarge)),
            (t.CalibrationIntercept, Numbers.Format(m.CalibrationIntercept)),
            (t.CalibrationSlope, Numbers.Format(m.CalibrationSlope)),
            (t.ObservedExpected, Numbers.Format(m.ObservedExpectedRatio)),
            (t.Ece, Numbers.Format(m.Ece)),
        };
        if (b is not null)
        {
            rows.Add(($"AUROC {t.BootstrapCi}", Numbers.Interval(b.Auroc)));
            rows.Add(($"AUPRC {t.BootstrapCi}", Numbers.Interval(b.Auprc)));
            rows.Add(($"Brier {t.BootstrapCi}", Numbers.Interval(b.Brier)));
            rows.Add(($"{t.CalibrationSlope} {t.BootstrapCi}", Numbers.Interval(b.CalibrationSlope)));
        }

        html.Append(CultureInfo.InvariantCulture, $"<table>\n<tr><th>{E(t.Metric)}</th><th>{E(t.Value)}</th></tr>\n");
        foreach (var (name, value) in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(name)}</td><td class=\"num\">{E(value)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Thresholds(StringBuilder html, MetricSet m, ReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Thresholds)}</h2>\n<div class=\"wide\"><table>\n<tr>");
        foreach (var header in new[] { t.Threshold, "TP", "FP", "FN", "TN", t.Sensitivity, t.Specificity, "PPV", "NPV", "F1", t.Accuracy, t.NetBenefit })
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(header)}</th>");
        }

        html.Append("</tr>\n");
        foreach (var r in m.Thresholds)
        {
            var cells = new[]
            {
                Numbers.Plain(r.Threshold), Numbers.Format(r.Tp), Numbers.Format(r.Fp), Numbers.Format(r.Fn), Numbers.Format(r.Tn),
                Numbers.Format(r.Sensitivity), Numbers.Format(r.Specificity), Numbers.Format(r.Ppv), Numbers.Format(r.Npv),
                Numbers.Format(r.F1), Numbers.Format(r.Accuracy), Numbers.Format(r.NetBenefit),
            };
            html.Append("<tr>").AppendJoin("", cells.Select(c => $"<td class=\"num\">{E(c)}</td>")).Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static void Subgroups(StringBuilder html, ClassifierResult result, ReportText t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Subgroups)}</h2>\n");
        if (result.Subgroups.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NoSubgroups)}</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(string.Format(CultureInfo.InvariantCulture, t.SuppressedNote, result.MinCellSize))}</p>\n<div class=\"wide\"><table>\n<tr>");
        foreach (var header in new[] { t.Column, t.SubgroupValue, "n", t.Prevalence, t.AurocCi, "AUPRC", "Brier", t.CalibrationSlope, "O/E" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(header)}</th>");
        }

        html.Append("</tr>\n");
        foreach (var column in result.Subgroups)
        {
            foreach (var value in column.Values)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(column.Column)}</td><td>{E(value.Value)}</td>");
                if (value.Metrics is not { } s)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"7\" class=\"suppressed\">{E(t.Suppressed)}</td></tr>\n");
                    continue;
                }

                var cells = new[]
                {
                    Numbers.Format(s.N), Numbers.Format(s.Prevalence), Numbers.WithInterval(s.Auroc, s.AurocCi95), Numbers.Format(s.Auprc),
                    Numbers.Format(s.Brier), Numbers.Format(s.CalibrationSlope), Numbers.Format(s.ObservedExpectedRatio),
                };
                html.AppendJoin("", cells.Select(c => $"<td class=\"num\">{E(c)}</td>")).Append("</tr>\n");
            }
        }

        html.Append("</table></div>\n");
    }

    private static void Provenance(StringBuilder html, Input input, ReportText t)
    {
        var md = input.Result.Metadata;
        var protocol = input.Protocol is { } p ? $"{p.Title} (v{p.Version}, {p.Id})" : t.NoProtocol;
        var rows = new List<(string, string)>
        {
            (t.Protocol, protocol),
            (t.InputFile, input.InputFileName),
            (t.InputSha256, md.InputSha256 ?? Numbers.Undefined),
            (t.RowsRead, Numbers.Format(md.RowsRead)),
            (t.RowsUsed, Numbers.Format(md.RowsUsed)),
            (t.RowsRejected, Numbers.Format(md.RowsRejected)),
            (t.BootstrapReplicates, Numbers.Format(md.BootstrapReplicates)),
            (t.Seed, md.Seed.ToString(CultureInfo.InvariantCulture)),
            (t.MinCellSize, Numbers.Format(input.Result.MinCellSize)),
            (t.StartedAt, md.StartedAt.ToString("u", CultureInfo.InvariantCulture)),
            (t.FinishedAt, md.FinishedAt.ToString("u", CultureInfo.InvariantCulture)),
            (t.EngineVersion, md.EngineVersion),
        };
        if (md.DataFrom is { } from && md.DataTo is { } to)
        {
            rows.Add((t.DataPeriod, $"{from.ToString("u", CultureInfo.InvariantCulture)} – {to.ToString("u", CultureInfo.InvariantCulture)}"));
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Provenance)}</h2>\n<table>\n");
        foreach (var (name, value) in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(name)}</th><td>{E(value)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
