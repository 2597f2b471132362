using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;
using Baken.Engine.Planning;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Cli.Planning;

/// <summary>
/// The HTML report written next to a planning result: one self-contained file (inline CSS and SVG, no
/// scripts, no external resources; the Content-Security-Policy says so) with the verdict, the figures
/// (next to a baseline's), the violations worst first, and the plan itself drawn: a timeline per
/// caregiver for routes, a nurse × day grid for rosters. It names people, so it says that it stays
/// inside the organisation. Every piece of text from the files is HTML-encoded.
/// </summary>
internal static partial class PlanningReport
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private const string Style = ReportStyle.Base + """
        .local { border-left: 4px solid #154273; padding: .25rem .75rem; background: #f3f6fa; }
        .verdict { font-size: 1.15rem; font-weight: 600; padding: .4rem .75rem; display: inline-block; }
        .verdict.ok { background: #e3f4e8; color: #0b6b2b; } .verdict.bad { background: #fbe4e7; color: #a4001d; }
        .timeline { width: 100%; height: auto; font-size: 11px; }
        .timeline .travel { stroke: #8a8a8a; stroke-width: 2; } .timeline .wait { stroke: #8a8a8a; stroke-dasharray: 2 3; }
        .timeline .svc { fill: #154273; } .timeline .svc.late { stroke: #e17000; stroke-width: 2; } .timeline .svc.bad { fill: #a4001d; }
        .timeline .label { fill: #fff; font-size: 9px; } .timeline .end { stroke: #555; stroke-dasharray: 4 3; } .timeline .tick { fill: #555; }
        table.grid td, table.grid th { padding: 0 .2rem; text-align: center; font-size: .8rem; min-width: 1.1rem; }
        table.grid th.name { text-align: left; white-space: nowrap; } table.grid .wk { border-left: 2px solid #555; }
        table.grid td.hard { outline: 2px solid #a4001d; outline-offset: -2px; font-weight: 700; } table.grid td.req { text-decoration: underline; }
        table.grid td.s0 { background: #dbe8f6; } table.grid td.s1 { background: #e3f4e8; } table.grid td.s2 { background: #fff0d0; }
        table.grid td.s3 { background: #e8e0f4; } table.grid td.s4 { background: #f6dbe6; } table.grid td.short { color: #a4001d; font-weight: 700; }
        """;

    public sealed record Files(string Instance, string Plan, string? Baseline);

    internal static string DayName(int day) => Days[day];

    private static StringBuilder Start(string title, string intro, bool feasible, int violations, PlanningReportText t)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{t.Lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>{E(title)}</title>
            <style>{Style}</style>
            </head>
            <body><main>
            <h1>{E(title)}</h1>
            <p>{E(intro)}</p>
            <p class="local">{E(t.LocalOnly)}</p>
            <p class="verdict {(feasible ? "ok" : "bad")}">{E(feasible ? t.Feasible : string.Format(CultureInfo.InvariantCulture, t.Infeasible, violations))}</p>

            """);
        return html;
    }

    private static string End(StringBuilder html, PlanningMetadata md, IReadOnlyList<string> names, PlanningReportText t)
    {
        var files = string.Join("; ", md.Inputs.Select((f, i) => $"{f.Role}: {(i < names.Count ? names[i] : "")} ({f.Sha256})"));
        Table(html, t.Provenance, null,
        [
            [t.InputFiles, files],
            [t.StartedAt, md.StartedAt.ToString("u", CultureInfo.InvariantCulture)],
            [t.EngineVersion, md.EngineVersion],
        ]);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.Footer)}</p>\n</main></body>\n</html>\n");
        return html.ToString();
    }

    // Figures of the plan, and with a baseline its value, the difference and which is better.
    private static void Figures(StringBuilder html, IReadOnlyList<FigureDifference> comparison, IEnumerable<(string Label, double? Value, int Decimals, string Key)> rows, PlanningReportText t)
    {
        var compared = comparison.ToDictionary(f => f.Figure);
        string[] headers = compared.Count == 0 ? [t.Figure, t.Plan] : [t.Figure, t.Plan, t.Baseline, t.Difference, t.Better];
        Table(html, t.Figures, headers, [.. rows.Select(r =>
        {
            var f = compared.GetValueOrDefault(r.Key);
            var better = f?.Better switch { "plan" => t.BetterPlan, "baseline" => t.BetterBaseline, "equal" => t.Equal, _ => "" };
            return new[] { r.Label, Numbers.Format(r.Value, r.Decimals), Numbers.Format(f?.Baseline, r.Decimals), Numbers.Format(f?.Difference, r.Decimals), better }
                .Take(headers.Length).ToArray();
        })]);
    }

    private static void WorkingTime(StringBuilder html, WorkingTimeResult? result, PlanningReportText t)
    {
        if (result is null)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.WorkingTime)}</h2>\n<p class=\"note\">{E(t.WorkingTimeNote)} {E(result.RuleSet.Id)}</p>\n");
        if (!result.Applied)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(result.NotAppliedReason ?? "")}</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(result.TimesUsed ?? "")}</p>\n");
        Table(html, null, [t.Rule, t.Article, t.Judged, t.Violations, t.People],
            [.. result.Rules.Select(o => new[] { $"{o.Rule.Id}: {o.Rule.Summary}{(o.Note is null ? "" : $" ({o.Note})")}", o.Rule.Article, o.Coverage.ToString(), Numbers.Format(o.Violations), Numbers.Format(o.WorkersAffected) })]);
        if (result.Violations.Count > 0)
        {
            Table(html, null, [t.Rule, t.Person, t.Details], [.. result.Violations.Select(v => new[] { v.RuleId, v.Worker, v.What })]);
        }
    }

    // The first column of a table without headers is a row header; numbers align right.
    private static void Table(StringBuilder html, string? heading, string[]? headers, IReadOnlyList<string[]> rows)
    {
        if (heading is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2>\n");
        }

        html.Append("<div class=\"wide\"><table>\n");
        if (headers is not null)
        {
            html.Append("<tr>").AppendJoin("", headers.Select(h => $"<th>{E(h)}</th>")).Append("</tr>\n");
        }

        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(i == 0 && headers is null ? $"<th scope=\"row\">{E(row[i])}</th>" : i > 0 && IsNumeric(row[i]) ? $"<td class=\"num\">{E(row[i])}</td>" : $"<td>{E(row[i])}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static bool IsNumeric(string cell) => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell[0] == '-' || cell == Numbers.Undefined);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
