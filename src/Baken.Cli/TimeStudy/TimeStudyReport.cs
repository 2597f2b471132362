using System.Globalization;
using System.Net;
using System.Text;
using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.TimeStudy;

namespace Baken.Cli.TimeStudy;

/// <summary>
/// The HTML report written next to a time-study result: one self-contained file (inline CSS, no scripts,
/// no external resources) with the shares per scope, the method in words and the rejected rows by row
/// number. Every piece of text from the data is HTML-encoded.
/// </summary>
internal static class TimeStudyReport
{
    private const string Style = ReportStyle.Base + """
        .suppressed { color: #555; font-style: italic; }
        """;

    public sealed record Input(
        TimeStudyResult Result, ProtocolDocument? Protocol, IReadOnlyList<CriterionOutcome> Outcomes, string FileName, IReadOnlyList<TimeStudyIssue> Issues);

    public static string Render(Input input, TimeStudyReportText t)
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
            <title>{E(t.Title)}</title>
            <style>{Style}</style>
            </head>
            <body><main>
            <h1>{E(t.Title)}</h1>
            <p>{E(t.Intro)}</p>

            """);
        Criteria(html, input.Outcomes, t);

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Results)}</h2>\n<div class=\"wide\"><table>\n<tr>");
        foreach (var header in new[] { t.Scope, t.ShiftsBefore, t.ShiftsAfter, t.ShareBefore, t.ShareAfter, t.Difference, t.WelchCi, t.BootstrapCi, t.MinutesSaved })
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(header)}</th>");
        }

        html.Append("</tr>\n");
        Row(html, t.Overall, result.Overall, t);
        foreach (var (role, estimate) in result.Roles)
        {
            Row(html, role, estimate, t);
        }

        html.Append("</table></div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(string.Format(CultureInfo.InvariantCulture, t.SuppressedNote, result.MinCellSize))}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Method)}</h2>\n<p>{E(string.Format(CultureInfo.InvariantCulture, t.MethodText, Numbers.Plain(result.WeekHours)))}</p>\n");

        if (input.Issues.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Rejected)}</h2>\n<ul>\n");
            foreach (var issue in input.Issues)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(issue.Message)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        var m = result.Metadata;
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Provenance)}</h2>\n<table>\n");
        foreach (var (name, value) in new[]
        {
            (t.Protocol, input.Protocol is { } p ? $"{p.Title} (v{p.Version}, {p.Id})" : t.NoProtocol),
            (t.InputFile, $"{input.FileName} ({m.InputSha256})"),
            (t.RowsRead, Numbers.Format(m.RowsRead)),
            (t.RowsUsed, Numbers.Format(m.RowsUsed)),
            (t.RowsRejected, Numbers.Format(m.RowsRejected)),
            (t.Bootstrap, $"{Numbers.Format(m.BootstrapReplicates)} (seed {m.Seed.ToString(CultureInfo.InvariantCulture)})"),
            (t.WeekHours, Numbers.Plain(result.WeekHours)),
            (t.StartedAt, m.StartedAt.ToString("u", CultureInfo.InvariantCulture)),
            (t.EngineVersion, m.EngineVersion),
        })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(name)}</th><td>{E(value)}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table>\n<p class=\"note\">{E(t.Footer)}</p>\n</main></body>\n</html>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string scope, TimeStudyEstimate? e, TimeStudyReportText t)
    {
        if (e is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(scope)}</td><td colspan=\"8\" class=\"suppressed\">{E(t.Suppressed)}</td></tr>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(scope)}</td>");
        foreach (var cell in new[]
        {
            Numbers.Format(e.ShiftsBefore), Numbers.Format(e.ShiftsAfter), Numbers.Format(e.AdminShareBefore), Numbers.Format(e.AdminShareAfter),
            Numbers.Format(e.Difference), Numbers.Interval(e.DifferenceCi95), Numbers.Interval(e.BootstrapCi95), Numbers.Format(e.MinutesSavedPerFteWeek, 1),
        })
        {
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{E(cell)}</td>");
        }

        html.Append("</tr>\n");
    }

    private static void Criteria(StringBuilder html, IReadOnlyList<CriterionOutcome> outcomes, TimeStudyReportText t)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Criteria)}</h2>\n<table>\n<tr><th>{E(t.Criterion)}</th><th>{E(t.Actual)}</th><th>{E(t.Outcome)}</th></tr>\n");
        foreach (var o in outcomes)
        {
            var (css, word) = o.Met ? ("met", t.Met) : ("not-met", t.NotMet);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E($"{o.Criterion.Id}: {Core.Validation.Criteria.Describe(o.Criterion)}")}</td><td class=\"num\">{Numbers.Format(o.Actual)}</td><td class=\"{css}\">{E(word)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
