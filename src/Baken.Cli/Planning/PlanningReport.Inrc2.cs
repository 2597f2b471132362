using System.Globalization;
using System.Text;
using Baken.Cli.Agent;
using Baken.Engine.Planning.Inrc2;

namespace Baken.Cli.Planning;

internal static partial class PlanningReport
{
    public static string Render(Inrc2Validation v, IReadOnlyList<string> fileNames, PlanningReportText t)
    {
        var r = v.Plan;
        var scenario = r.Instance.Scenario;
        var html = Start(t.Inrc2Title, t.Inrc2Intro, r.Feasible, r.Hard.Total, t);
        Table(html, t.HardConstraints, [t.Rule, t.Violations],
        [
            ["Minimal coverage constraints", Numbers.Format(r.Hard.MinimalCoverage)],
            ["Required skill constraints", Numbers.Format(r.Hard.RequiredSkill)],
            ["Illegal shift type succession constraints", Numbers.Format(r.Hard.IllegalSuccession)],
            ["Single assignment per day", Numbers.Format(r.Hard.SingleAssignment)],
        ]);
        var s = r.Soft;
        Figures(html, v.Comparison,
        [
            ("Total assignment constraints", s.TotalAssignments, 0, "totalAssignments"),
            ($"Consecutive constraints (same shift {s.ConsecutiveSameShift} + working days {s.ConsecutiveWorkingDays})", s.Consecutive, 0, "consecutive"),
            ("Non working days constraints", s.NonWorkingDays, 0, "nonWorkingDays"),
            ("Preferences", s.Preferences, 0, "preferences"),
            ("Max working weekend", s.MaxWorkingWeekends, 0, "maxWorkingWeekends"),
            ("Complete weekends", s.CompleteWeekends, 0, "completeWeekends"),
            ("Optimal coverage constraints", s.OptimalCoverage, 0, "optimalCoverage"),
            ("Total cost", s.Total, 0, "totalCost"),
            (t.HardViolations, r.Hard.Total, 0, "hardViolations"),
            (t.RequiredCoverage, r.RequiredCoverageShare, 4, "requiredCoverageShare"),
            (t.OptionalCoverage, r.OptionalCoverageShare, 4, "optionalCoverageShare"),
            ($"{t.RequestsHonoured} ({r.ShiftOffRequests - r.ShiftOffRequestsViolated} / {r.ShiftOffRequests})", r.ShiftOffRequestsHonouredShare, 4, "shiftOffRequestsHonouredShare"),
            (t.AboveContractMaximum, r.AssignmentsAboveContractMaximum, 0, "assignmentsAboveContractMaximum"),
        ], t);
        Table(html, t.Coverage, [t.Skill, t.RequiredPlaces, t.OptionalPlaces], [.. r.CoverageBySkill.Select(c => new[]
        {
            scenario.Skills[c.Skill], $"{c.RequiredCovered} / {c.RequiredDemand} ({Numbers.Format(c.RequiredShare, 3)})",
            $"{c.OptionalCovered} / {c.OptionalDemand} ({Numbers.Format(c.OptionalShare, 3)})",
        })]);

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Violations)}</h2>\n");
        if (r.HardViolations.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NoViolations)}</p>\n");
        }
        else
        {
            Table(html, null, [t.Rule, t.Week, "", t.Details], [.. r.HardViolations
                .OrderBy(x => Array.IndexOf(Inrc2Order, x.Type)).ThenBy(x => x.Week).ThenBy(x => x.Day)
                .Select(x => new[] { x.Type, I(x.Week), DayName(x.Day), PlanningSummary.Inrc2Details(scenario, x) })]);
        }

        Grid(html, r, t);
        Table(html, t.PerNurse, [t.Nurse, t.Contract, t.Assignments, "Total assignments", "Consecutive", "Non working days", "Preferences", "Max working weekend", "Complete weekends", t.Total],
            [.. r.PerNurse.OrderByDescending(n => n.Total).ThenBy(n => n.Nurse).Select(n => new[]
            {
                scenario.Nurses[n.Nurse].Name, scenario.Contracts[scenario.Nurses[n.Nurse].Contract].Name, Numbers.Format(n.Assignments), Numbers.Format(n.TotalAssignments),
                Numbers.Format(n.ConsecutiveSameShift + n.ConsecutiveWorkingDays), Numbers.Format(n.NonWorkingDays), Numbers.Format(n.Preferences),
                Numbers.Format(n.MaxWorkingWeekends), Numbers.Format(n.CompleteWeekends), Numbers.Format(n.Total),
            })]);
        WorkingTime(html, v.WorkingTime, t);
        return End(html, v.Metadata, fileNames, t);
    }

    private static readonly string[] Inrc2Order =
        [Inrc2ViolationTypes.UnderStaffing, Inrc2ViolationTypes.MissingSkill, Inrc2ViolationTypes.ForbiddenSuccession, Inrc2ViolationTypes.DoubleAssignment];

    // Nurse × day: the shift's short name, coloured per shift type; cells of hard violations and of
    // requests worked against are marked; the last row gives the nurses missing below the minimum.
    private static void Grid(StringBuilder html, Inrc2Evaluation r, PlanningReportText t)
    {
        var scenario = r.Instance.Scenario;
        var shortNames = ShortNames(scenario.ShiftTypes.Select(s => s.Name).ToList());
        var hard = r.HardViolations.Where(x => x.Nurse is not null).Select(x => (x.Nurse!.Value, (7 * x.Week) + x.Day)).ToHashSet();
        var requests = new HashSet<(int, int)>();
        for (var w = 0; w < r.Instance.Weeks.Count; w++)
        {
            foreach (var q in r.Instance.Weeks[w].ShiftOffRequests)
            {
                var shift = r.ShiftOn(q.Nurse, (7 * w) + q.Day);
                if (shift >= 0 && (q.Shift < 0 || q.Shift == shift))
                {
                    requests.Add((q.Nurse, (7 * w) + q.Day));
                }
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Roster)}</h2>\n<p class=\"note\">{E(t.RosterNote)} ");
        html.AppendJoin(", ", scenario.ShiftTypes.Select((s, i) => $"{E(shortNames[i])} = {E(s.Name)}"));
        html.Append("</p>\n<div class=\"wide\"><table class=\"grid\">\n<tr><th></th>");
        for (var w = 0; w < r.Instance.Weeks.Count; w++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th colspan=\"7\" class=\"wk\">{E(t.Week)} {w}</th>");
        }

        html.Append("</tr>\n<tr><th class=\"name\">").Append(E(t.Nurse)).Append("</th>");
        for (var d = 0; d < r.Days; d++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th{(d % 7 == 0 ? " class=\"wk\"" : "")}>{DayName(d % 7)[..2]}</th>");
        }

        html.Append("</tr>\n");
        for (var n = 0; n < scenario.Nurses.Count; n++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"name\">{E(scenario.Nurses[n].Name)}</th>");
            for (var d = 0; d < r.Days; d++)
            {
                var shift = r.ShiftOn(n, d);
                var css = string.Join(' ', new[]
                {
                    d % 7 == 0 ? "wk" : null, shift >= 0 ? $"s{shift % 5}" : null, hard.Contains((n, d)) ? "hard" : null, requests.Contains((n, d)) ? "req" : null,
                }.OfType<string>());
                var attribute = css.Length == 0 ? "" : $" class=\"{css}\"";
                html.Append(CultureInfo.InvariantCulture, $"<td{attribute}>{(shift >= 0 ? E(shortNames[shift]) : "·")}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("<tr><th class=\"name\">").Append(E(t.Short)).Append("</th>");
        for (var d = 0; d < r.Days; d++)
        {
            var shortfall = r.ShortfallPerDay[d];
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"{(d % 7 == 0 ? "wk " : "")}{(shortfall > 0 ? "short" : "")}\">{(shortfall > 0 ? shortfall.ToString(CultureInfo.InvariantCulture) : "")}</td>");
        }

        html.Append("</tr>\n</table></div>\n");
    }

    // The first letter where that is unique among the shift types, else the first two.
    private static List<string> ShortNames(List<string> names) =>
        [.. names.Select(n => names.Count(m => m.Length > 0 && n.Length > 0 && char.ToUpperInvariant(m[0]) == char.ToUpperInvariant(n[0])) == 1 ? n[..1] : n[..Math.Min(2, n.Length)])];
}
