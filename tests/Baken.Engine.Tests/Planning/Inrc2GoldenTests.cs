using System.Text.Json;
using Baken.Engine.Planning.Inrc2;

namespace Baken.Engine.Tests.Planning;

/// Every INRC-II golden case: the verdict, the four hard counts, the seven cost lines, the total, the
/// consecutive split and the hard-violation details, through the real readers.
public sealed class Inrc2GoldenTests
{
    public static TheoryData<string> Cases() => PlanningData.Cases("inrc2");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_GoldenCase_ReproducesTheValidatorsCounts(string caseId)
    {
        var golden = PlanningData.Golden("inrc2", caseId);
        var result = Evaluate(golden);

        Assert.Equal(golden.GetProperty("feasible").GetBoolean(), result.Feasible);
        var hard = golden.GetProperty("hard_violations");
        Assert.Equal(
            (hard.GetProperty("Minimal coverage constraints").GetInt32(), hard.GetProperty("Required skill constraints").GetInt32(),
                hard.GetProperty("Illegal shift type succession constraints").GetInt32(), hard.GetProperty("Single assignment per day").GetInt32()),
            (result.Hard.MinimalCoverage, result.Hard.RequiredSkill, result.Hard.IllegalSuccession, result.Hard.SingleAssignment));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_GoldenCase_ReproducesTheCostLinesAndTotal(string caseId)
    {
        var golden = PlanningData.Golden("inrc2", caseId);
        var result = Evaluate(golden);

        var soft = golden.GetProperty("soft_costs");
        Assert.Equal(soft.GetProperty("Total assignment constraints").GetInt32(), result.Soft.TotalAssignments);
        Assert.Equal(soft.GetProperty("Consecutive constraints").GetInt32(), result.Soft.Consecutive);
        Assert.Equal(soft.GetProperty("Non working days constraints").GetInt32(), result.Soft.NonWorkingDays);
        Assert.Equal(soft.GetProperty("Preferences").GetInt32(), result.Soft.Preferences);
        Assert.Equal(soft.GetProperty("Max working weekend").GetInt32(), result.Soft.MaxWorkingWeekends);
        Assert.Equal(soft.GetProperty("Complete weekends").GetInt32(), result.Soft.CompleteWeekends);
        Assert.Equal(soft.GetProperty("Optimal coverage constraints").GetInt32(), result.Soft.OptimalCoverage);
        Assert.Equal(golden.GetProperty("total_cost").GetInt32(), result.Soft.Total);
        var split = golden.GetProperty("soft_cost_split_independent");
        Assert.Equal(split.GetProperty("consecutive_same_shift_part_weight15").GetInt32(), result.Soft.ConsecutiveSameShift);
        Assert.Equal(split.GetProperty("consecutive_working_days_part_weight30").GetInt32(), result.Soft.ConsecutiveWorkingDays);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_GoldenCase_ListsTheGoldenHardViolationDetails(string caseId)
    {
        var golden = PlanningData.Golden("inrc2", caseId);
        var result = Evaluate(golden);
        var scenario = result.Instance.Scenario;

        var expected = golden.GetProperty("hard_violation_details_independent").EnumerateArray().Select(Key).Order(StringComparer.Ordinal);
        var actual = result.HardViolations.Select(v => string.Join('|',
            v.Type, v.Nurse is { } n ? scenario.Nurses[n].Name : "", v.Week, Inrc2DayName(v.Day), v.Previous is { } p ? scenario.ShiftTypes[p].Name : "",
            scenario.ShiftTypes[v.Shift].Name, v.Skill is { } s ? scenario.Skills[s] : "", v.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            v.Assigned?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_PublicCase04_IsInfeasibleWithOneSkillAndOneCoverageViolation()
    {
        // The firm part of inrc-pub-04 (README): the changed assignment counts for HeadNurse, not Nurse.
        var result = Evaluate(PlanningData.Golden("inrc2", "inrc-pub-04"));

        Assert.False(result.Feasible);
        Assert.Equal(new Inrc2HardCounts(1, 1, 0, 0), result.Hard);
        var skill = Assert.Single(result.HardViolations, v => v.Type == Inrc2ViolationTypes.MissingSkill);
        Assert.Equal(("Sara", 0, 3), (result.Instance.Scenario.Nurses[skill.Nurse!.Value].Name, skill.Week, skill.Day));
    }

    internal static Inrc2Evaluation Evaluate(JsonElement golden)
    {
        var weeks = golden.GetProperty("weeks").EnumerateArray().Select((w, i) => PlanningData.Read($"week{i}", w.GetString()!)).ToList();
        var solutions = golden.GetProperty("solutions").EnumerateArray().Select((s, i) => PlanningData.Read($"solution{i}", s.GetString()!)).ToList();
        var read = Inrc2Reader.ReadAll(
            PlanningData.Read("scenario", golden.GetProperty("scenario").GetString()!), PlanningData.Read("history", golden.GetProperty("history").GetString()!),
            weeks, solutions);
        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Issues));
        return Inrc2Evaluator.Evaluate(read.Value!.Instance, read.Value.Solutions);
    }

    private static string Key(JsonElement v)
    {
        string S(string name) => v.TryGetProperty(name, out var p) ? p.ToString() : "";
        return string.Join('|', S("type"), S("nurse"), S("week"), S("day"), S("previous"), S("shift"), S("skill"), S("minimum"), S("assigned"));
    }

    private static string Inrc2DayName(int day) => new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }[day];
}
