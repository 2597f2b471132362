using Baken.Engine.Planning;
using Baken.Engine.Planning.Inrc2;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Tests.Planning;

/// A two-week, one-nurse INRC-II instance written here, for the rules the published cases do not
/// exercise: double assignments, the history's last shift, coverage shares, and working time on rosters.
public sealed class Inrc2RosterTests
{
    private const string Scenario = """
        SCENARIO = mini
        WEEKS = 2
        SKILLS = 1
        Nurse
        SHIFT_TYPES = 2
        Early (1,7)
        Late (1,7)
        FORBIDDEN_SHIFT_TYPES_SUCCESSIONS
        Early 0
        Late 0
        CONTRACTS = 1
        Full (0,20) (1,14) (1,14) 2 0
        NURSES = 1
        Ann Full 1 Nurse
        """;

    private const string Week = """
        WEEK_DATA
        mini
        REQUIREMENTS
        Early Nurse (1,1) (1,1) (1,1) (1,1) (1,1) (0,1) (0,0)
        Late Nurse (0,0) (0,0) (0,0) (0,0) (0,0) (0,0) (0,0)
        SHIFT_OFF_REQUESTS = 1
        Ann Any Fri
        """;

    [Fact]
    public void Evaluate_TwoAssignmentsOnOneDay_CountsSingleAssignmentAndKeepsTheFirst()
    {
        var result = Evaluate(["Ann Mon Early Nurse", "Ann Mon Late Nurse"], []);

        Assert.Equal(1, result.Hard.SingleAssignment);
        var v = Assert.Single(result.HardViolations, v => v.Type == Inrc2ViolationTypes.DoubleAssignment);
        Assert.Equal((0, 0, 6), (v.Week, v.Day, v.Line!.Value));
        Assert.Equal(0, result.ShiftOn(0, 0));
    }

    [Fact]
    public void Evaluate_CoverageAndRequests_GiveTheCareFigures()
    {
        // Week 0: Mon-Thu early (Fri is missing, Sat optional missing); Fri worked against the request.
        var result = Evaluate(["Ann Mon Early Nurse", "Ann Tue Early Nurse", "Ann Wed Early Nurse", "Ann Thu Early Nurse", "Ann Fri Late Nurse"], []);

        var nurse = Assert.Single(result.CoverageBySkill);
        Assert.Equal((10, 4, 2, 0), (nurse.RequiredDemand, nurse.RequiredCovered, nurse.OptionalDemand, nurse.OptionalCovered));
        Assert.Equal(0.4, result.RequiredCoverageShare!.Value, 12);
        Assert.Equal((2, 1, 0.5), (result.ShiftOffRequests, result.ShiftOffRequestsViolated, result.ShiftOffRequestsHonouredShare!.Value));
        Assert.Equal(6, result.Hard.MinimalCoverage);
        Assert.Equal(1, result.SurplusAssignments);
    }

    [Fact]
    public void Evaluate_ForbiddenAfterTheHistorysLastShift_CountsOnMondayOfWeekZero()
    {
        var scenario = Scenario.Replace("Late 0", "Late 1 Early", StringComparison.Ordinal);

        var result = Evaluate(["Ann Mon Early Nurse"], [], scenario, history: "Ann 0 0 Late 1 1 0");

        var v = Assert.Single(result.HardViolations, v => v.Type == Inrc2ViolationTypes.ForbiddenSuccession);
        Assert.Equal((0, 0, 1), (v.Week, v.Day, v.Previous!.Value));
    }

    [Fact]
    public void WorkingTime_RosterWithoutShiftTimes_IsNotAppliedAndSaysWhy()
    {
        var result = Inrc2WorkingTime.Check(Evaluate(["Ann Mon Early Nurse"], []), WorkingTimeRuleSet.Default, ShiftTimes.None);

        Assert.False(result.Applied);
        Assert.Contains("no clock times", result.NotAppliedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingTime_LateThenEarlyTwiceInAWeek_IsOneDailyRestViolation()
    {
        var roster = Evaluate(["Ann Mon Late Nurse", "Ann Tue Early Nurse", "Ann Wed Late Nurse", "Ann Thu Early Nurse"], []);
        var times = ShiftTimes.Parse([KeyValuePair.Create("Early", "06:00-14:00"), KeyValuePair.Create("Late", "14:00-22:00")], out _)!;

        var result = Inrc2WorkingTime.Check(roster, WorkingTimeRuleSet.Default, times);

        Assert.True(result.Applied);
        var v = Assert.Single(result.Violations);
        Assert.Equal(("daily-rest", "Ann", 8.0), (v.RuleId, v.Worker, v.Value));
        Assert.Contains("Late week 0 Wed and Early week 0 Thu", v.What, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingTime_NightShiftInTheHistory_CountsItsRestIntoTheFirstMonday()
    {
        var scenario = Scenario.Replace("Late (1,7)", "Night (1,7)", StringComparison.Ordinal).Replace("Late 0", "Night 0", StringComparison.Ordinal);
        var week = Week.Replace("Late Nurse", "Night Nurse", StringComparison.Ordinal);
        var roster = Evaluate(["Ann Mon Early Nurse"], [], scenario, history: "Ann 0 0 Night 1 1 0", week: week);
        var times = ShiftTimes.Parse([KeyValuePair.Create("Early", "14:00-22:00"), KeyValuePair.Create("Night", "22:00-07:00")], out _)!;

        var result = Inrc2WorkingTime.Check(roster, WorkingTimeRuleSet.Default, times);

        // Sunday's night shift ends Monday 07:00; the early shift (here 14:00) leaves 7 hours.
        var v = Assert.Single(result.Violations);
        Assert.Equal(("daily-rest", 7.0), (v.RuleId, v.Value));
    }

    [Fact]
    public void ParseShiftTimes_Malformed_SaysHowToWriteThem()
    {
        Assert.Null(ShiftTimes.Parse([KeyValuePair.Create("Early", "6-14")], out var error));
        Assert.Contains("name=HH:MM-HH:MM", error, StringComparison.Ordinal);
        Assert.Equal((22.0, 9.0), ShiftTimes.Parse([KeyValuePair.Create("Night", "22:00-07:00")], out _)!.Of("Night"));
    }

    private static Inrc2Evaluation Evaluate(string[] week0, string[] week1, string scenario = Scenario, string history = "Ann 0 0 None 0 0 1", string week = Week)
    {
        static string Solution(int w, string[] lines) => $"SOLUTION\n{w} mini\n\nASSIGNMENTS = {lines.Length}\n{string.Join('\n', lines)}\n";
        var read = Inrc2Reader.ReadAll(
            PlanningFile.FromText("scenario", "sc.txt", scenario),
            PlanningFile.FromText("history", "h0.txt", $"HISTORY\n0 mini\n\nNURSE_HISTORY\n{history}\n"),
            [PlanningFile.FromText("week", "wd.txt", week), PlanningFile.FromText("week", "wd.txt", week)],
            [PlanningFile.FromText("solution", "s0.txt", Solution(0, week0)), PlanningFile.FromText("solution", "s1.txt", Solution(1, week1))]);
        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Issues));
        return Inrc2Evaluator.Evaluate(read.Value!.Instance, read.Value.Solutions);
    }
}
