using Baken.Engine.Planning;
using Baken.Engine.Planning.Hhcrsp;
using Baken.Engine.Planning.Inrc2;

namespace Baken.Engine.Tests.Planning;

/// A plan against a baseline plan for the same instance: plan minus baseline per figure, and which is better.
public sealed class PlanComparisonTests
{
    [Fact]
    public void Run_HhcrspPlanWithAMissingPatientAgainstTheFeasiblePlan_ShowsTheGoldenDifferences()
    {
        // hh-pub-04 (patient 5 left out) against hh-pub-02 (feasible), both on B6.
        var run = HhcrspValidator.Run(
            PlanningData.Read("instance", "hhcrsp/instances/InstanzCPLEX_HCSRP_25_6.txt"),
            PlanningData.Read("plan", "hhcrsp/plans/hh-pub-04_B6_infeasible_missing_patient.csv"),
            PlanningData.Read("baseline", "hhcrsp/plans/hh-pub-02_B6_brkga.csv"), new HhcrspRunOptions());

        var figures = run.Value!.Comparison.ToDictionary(f => f.Figure);
        Assert.Equal((1.0, 0.0, "baseline"), (figures["violations"].Plan!.Value, figures["violations"].Baseline!.Value, figures["violations"].Better));
        Assert.Equal(974.546134 - 977.480818, figures["totalDistance"].Difference!.Value, 1e-6);
        Assert.Equal("plan", figures["totalDistance"].Better);
        Assert.Equal(470.016946 - 470.995174, figures["objective"].Difference!.Value, 1e-6);
        Assert.Equal(("equal", 0.0), (figures["totalTardiness"].Better, Math.Round(figures["totalTardiness"].Difference!.Value, 9)));
        Assert.Equal((32 / 33.0) - 1, figures["coverageRatio"].Difference!.Value, 1e-12);
        Assert.Equal(("baseline", BetterWhen.Higher), (figures["coverageRatio"].Better, figures["coverageRatio"].BetterWhen));
        Assert.True(run.Value.Baseline!.Feasible);
    }

    [Fact]
    public void Run_Inrc2RosterWithASkillFaultAgainstTheOriginal_IsWorseOnHardViolationsAndEqualInCost()
    {
        // inrc-pub-04 is inrc-pub-01 with one assignment's skill changed: 2 hard violations more, the same 1695.
        string Sol(string c, string f) => $"inrc2/n005w4/solutions/{c}/{f}";
        string[] files = ["Sol-n005w4-1-0.txt", "Sol-n005w4-2-1.txt", "Sol-n005w4-3-2.txt", "Sol-n005w4-3-3.txt"];
        string[] weeks = ["WD-n005w4-1.txt", "WD-n005w4-2.txt", "WD-n005w4-3.txt", "WD-n005w4-3.txt"];
        var run = Inrc2Validator.Run(
            PlanningData.Read("scenario", "inrc2/n005w4/Sc-n005w4.txt"), PlanningData.Read("history", "inrc2/n005w4/H0-n005w4-0.txt"),
            [.. weeks.Select(w => PlanningData.Read("week", "inrc2/n005w4/" + w))],
            [.. files.Select(f => PlanningData.Read("solution", Sol("inrc-pub-04", f)))],
            [.. files.Select(f => PlanningData.Read("baselineSolution", Sol("inrc-pub-01", f)))], new Inrc2RunOptions());

        var figures = run.Value!.Comparison.ToDictionary(f => f.Figure);
        Assert.Equal((2.0, 0.0, 2.0, "baseline"), (figures["hardViolations"].Plan!.Value, figures["hardViolations"].Baseline!.Value, figures["hardViolations"].Difference!.Value, figures["hardViolations"].Better));
        Assert.Equal((1695.0, 1695.0, "equal"), (figures["totalCost"].Plan!.Value, figures["totalCost"].Baseline!.Value, figures["totalCost"].Better));
        Assert.Equal("baseline", figures["requiredCoverageShare"].Better);
        Assert.True(figures["requiredCoverageShare"].Difference < 0);
    }

    [Fact]
    public void Of_UndefinedOnOneSide_HasNoDifferenceAndNoVerdict()
    {
        var f = FigureDifference.Of("travelPerVisit", null, 3.5, BetterWhen.Lower);

        Assert.Equal((null, null), (f.Difference, f.Better));
    }
}
