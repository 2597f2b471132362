using System.Globalization;
using Baken.Cli.Agent;
using Baken.Engine.Planning;
using Baken.Engine.Planning.Hhcrsp;
using Baken.Engine.Planning.Inrc2;
using Baken.Engine.Planning.WorkingTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Baken.Cli.Planning;

/// <summary>
/// The terminal summary of a planning check: verdict, figures (next to the baseline's when given),
/// violations per rule, the worst violations, and the working-time rules. Cells are <see cref="Text"/>,
/// never markup, because names come from the files.
/// </summary>
internal static class PlanningSummary
{
    private const int WorstShown = 10;

    public static void Write(TextWriter writer, HhcrspValidation v)
    {
        var console = Terminal.For(writer);
        var r = v.Plan;
        writer.WriteLine(r.Feasible
            ? $"FEASIBLE: the plan meets every hard constraint ({r.Size.Patients} patients, {r.Size.Staff} staff, {r.Visits} visits)."
            : $"INFEASIBLE: {r.Violations.Count} hard-constraint violation(s) ({r.Size.Patients} patients, {r.Size.Staff} staff, {r.Visits} visits).");
        Figures(console, v.Comparison,
        [
            ("Objective (D + T + Tmax) / 3", r.Objective, 6, "objective"),
            ("Travel D", r.TotalDistance, 6, "totalDistance"),
            ("Total tardiness T", r.TotalTardiness, 6, "totalTardiness"),
            ("Maximal tardiness Tmax", r.MaxTardiness, 6, "maxTardiness"),
            ("Tardy services", r.TardyServices, 0, "tardyServices"),
            ("Services covered (share)", r.CoverageRatio, 4, "coverageRatio"),
            ("Patients fully served (share)", r.PatientCoverageRatio, 4, "patientCoverageRatio"),
            ("Travel per visit", r.TravelPerVisit, 2, "travelPerVisit"),
            ("Waiting time", r.WaitingTime, 2, "waitingTime"),
            ($"Overtime after {Numbers.Plain(r.DayEnd)}", r.Overtime, 2, "overtime"),
            ("Caregivers per patient (mean)", r.MeanCaregiversPerPatient, 3, "meanCaregiversPerPatient"),
        ]);
        if (!r.Feasible)
        {
            var byType = Table("Violated rule", "Count");
            foreach (var (type, count) in r.ViolationsByType.Where(p => p.Value > 0))
            {
                Row(byType, type, Numbers.Format(count));
            }

            console.Write(byType);
            var worst = Table("Worst violations", "Patient", "Service", "Staff", "Details");
            foreach (var x in HhcrspViolation.WorstFirst(r.Violations).Take(WorstShown))
            {
                Row(worst, x.Type, Int(x.Patient), x.Services is { } s ? string.Join("/", s) : Int(x.Service),
                    x.StaffPair is { } p ? string.Join("/", p) : Int(x.Staff), HhcrspDetails(x));
            }

            console.Write(worst);
        }

        WorkingTime(writer, console, v.WorkingTime);
    }

    public static void Write(TextWriter writer, Inrc2Validation v)
    {
        var console = Terminal.For(writer);
        var r = v.Plan;
        var scenario = r.Instance.Scenario;
        writer.WriteLine(r.Feasible
            ? $"FEASIBLE: no hard-constraint violation ({scenario.Nurses.Count} nurses, {r.Instance.Weeks.Count} weeks, {r.Assignments} assignments)."
            : $"INFEASIBLE: {r.Hard.Total} hard-constraint violation(s) ({scenario.Nurses.Count} nurses, {r.Instance.Weeks.Count} weeks, {r.Assignments} assignments).");
        var hard = Table("Hard constraint (validator)", "Violations");
        Row(hard, "Minimal coverage constraints", Numbers.Format(r.Hard.MinimalCoverage));
        Row(hard, "Required skill constraints", Numbers.Format(r.Hard.RequiredSkill));
        Row(hard, "Illegal shift type succession constraints", Numbers.Format(r.Hard.IllegalSuccession));
        Row(hard, "Single assignment per day", Numbers.Format(r.Hard.SingleAssignment));
        console.Write(hard);
        var s = r.Soft;
        Figures(console, v.Comparison,
        [
            ("Total assignment constraints", s.TotalAssignments, 0, "totalAssignments"),
            ($"Consecutive constraints (same shift {s.ConsecutiveSameShift} + working days {s.ConsecutiveWorkingDays})", s.Consecutive, 0, "consecutive"),
            ("Non working days constraints", s.NonWorkingDays, 0, "nonWorkingDays"),
            ("Preferences", s.Preferences, 0, "preferences"),
            ("Max working weekend", s.MaxWorkingWeekends, 0, "maxWorkingWeekends"),
            ("Complete weekends", s.CompleteWeekends, 0, "completeWeekends"),
            ("Optimal coverage constraints", s.OptimalCoverage, 0, "optimalCoverage"),
            ("Total cost", s.Total, 0, "totalCost"),
            ("Required coverage (share of minimum places)", r.RequiredCoverageShare, 4, "requiredCoverageShare"),
            ("Optional coverage (share of places up to optimum)", r.OptionalCoverageShare, 4, "optionalCoverageShare"),
            ("Shift-off requests honoured (share)", r.ShiftOffRequestsHonouredShare, 4, "shiftOffRequestsHonouredShare"),
            ("Assignments above contract maximum", r.AssignmentsAboveContractMaximum, 0, "assignmentsAboveContractMaximum"),
        ]);
        var skills = Table("Skill", "Minimum places covered", "Optional places covered");
        foreach (var c in r.CoverageBySkill)
        {
            Row(skills, scenario.Skills[c.Skill], $"{c.RequiredCovered} of {c.RequiredDemand}", $"{c.OptionalCovered} of {c.OptionalDemand}");
        }

        console.Write(skills);
        if (!r.Feasible)
        {
            var worst = Table("Hard violations", "Week", "Day", "Details");
            foreach (var x in r.HardViolations.Take(WorstShown))
            {
                Row(worst, x.Type, Numbers.Format(x.Week), PlanningReport.DayName(x.Day), Inrc2Details(scenario, x));
            }

            console.Write(worst);
        }

        WorkingTime(writer, console, v.WorkingTime);
    }

    private static void Figures(IAnsiConsole console, IReadOnlyList<FigureDifference> comparison, IEnumerable<(string Label, double? Value, int Decimals, string Key)> rows)
    {
        var compared = comparison.ToDictionary(f => f.Figure);
        var table = compared.Count == 0 ? Table("Figure", "Plan") : Table("Figure", "Plan", "Baseline", "Plan - baseline", "Better");
        foreach (var (label, value, decimals, key) in rows)
        {
            var f = compared.GetValueOrDefault(key);
            Row(table, label, Numbers.Format(value, decimals), Numbers.Format(f?.Baseline, decimals), Numbers.Format(f?.Difference, decimals), f?.Better ?? "");
        }

        console.Write(table);
    }

    private static void WorkingTime(TextWriter writer, IAnsiConsole console, WorkingTimeResult? result)
    {
        if (result is null)
        {
            return;
        }

        if (!result.Applied)
        {
            writer.WriteLine($"Working-time rules ({result.RuleSet.Id}) not applied: {result.NotAppliedReason}");
            return;
        }

        var table = Table($"Working-time rule ({result.RuleSet.Status})", "Article", "Judged", "Violations", "People");
        foreach (var o in result.Rules)
        {
            Row(table, o.Rule.Id, o.Rule.Article, o.Coverage.ToString(), Numbers.Format(o.Violations), Numbers.Format(o.WorkersAffected));
        }

        console.Write(table);
        writer.WriteLine($"Working-time rules are reported apart from the planning problem's own constraints; times: {result.TimesUsed}.");
    }

    internal static string HhcrspDetails(HhcrspViolation x) => x.Type switch
    {
        HhcrspViolationTypes.StartBeforeTimeWindow => $"start {F(x.Start)} < window opens {F(x.Earliest)}",
        HhcrspViolationTypes.RouteTiming => $"start {F(x.Start)} < can arrive {F(x.EarliestPossible)} (from {(x.PreviousPatient == 0 ? "depot" : Int(x.PreviousPatient))})",
        HhcrspViolationTypes.SyncSimultaneous => $"gap {F(x.Gap)}, must be 0",
        HhcrspViolationTypes.SyncPrecedenceMinGap => $"gap {F(x.Gap)} < minimum {F(x.MinGap)}",
        HhcrspViolationTypes.SyncPrecedenceMaxGap => $"gap {F(x.Gap)} > maximum {F(x.MaxGap)}",
        HhcrspViolationTypes.DuplicateService or HhcrspViolationTypes.UnrequiredService => $"given {Int(x.Count)} time(s)",
        HhcrspViolationTypes.UnknownReference => $"plan row {Int(x.Row)} (line {Int(x.Line)})",
        HhcrspViolationTypes.MissingService => "not in the plan",
        HhcrspViolationTypes.UnqualifiedStaff => "staff member lacks the qualification",
        _ => "",
    };

    internal static string Inrc2Details(Inrc2Scenario scenario, Inrc2HardViolation x) => x.Type switch
    {
        Inrc2ViolationTypes.UnderStaffing => $"{scenario.ShiftTypes[x.Shift].Name} {scenario.Skills[x.Skill!.Value]}: {x.Assigned} assigned, minimum {x.Minimum}",
        Inrc2ViolationTypes.MissingSkill => $"{scenario.Nurses[x.Nurse!.Value].Name}: {scenario.ShiftTypes[x.Shift].Name} as {scenario.Skills[x.Skill!.Value]} without that skill",
        Inrc2ViolationTypes.ForbiddenSuccession => $"{scenario.Nurses[x.Nurse!.Value].Name}: {scenario.ShiftTypes[x.Shift].Name} after {scenario.ShiftTypes[x.Previous!.Value].Name}",
        _ => $"{scenario.Nurses[x.Nurse!.Value].Name}: a second assignment ({scenario.ShiftTypes[x.Shift].Name})",
    };

    private static string F(double? value) => Numbers.Format(value, 2);

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    // Cells beyond the table's columns are dropped, so the baseline columns need no second code path.
    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Take(table.Columns.Count).Select(c => (IRenderable)new Text(c)));
}
