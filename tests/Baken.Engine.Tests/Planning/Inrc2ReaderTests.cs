using Baken.Engine.Planning;
using Baken.Engine.Planning.Inrc2;

namespace Baken.Engine.Tests.Planning;

/// Broken INRC-II files: each gives a sentence with the file and line, never an exception.
public sealed class Inrc2ReaderTests
{
    private const string Dir = "inrc2/n005w4/";
    private static readonly string[] WeekPaths = ["WD-n005w4-1.txt", "WD-n005w4-2.txt", "WD-n005w4-3.txt", "WD-n005w4-3.txt"];
    private static readonly string[] SolutionPaths = ["Sol-n005w4-1-0.txt", "Sol-n005w4-2-1.txt", "Sol-n005w4-3-2.txt", "Sol-n005w4-3-3.txt"];

    [Fact]
    public void ReadScenario_PublishedFile_ReadsContractsNursesAndSuccessions()
    {
        var scenario = Scenario();

        Assert.Equal(("n005w4", 4, 5), (scenario.Name, scenario.Weeks, scenario.Nurses.Count));
        Assert.Equal(new Inrc2Contract("PartTime", 7, 11, 3, 5, 3, 5, 2, true), scenario.Contracts[1]);
        Assert.True(scenario.IsForbidden(scenario.ShiftIndex("Night"), scenario.ShiftIndex("Late")));
        Assert.False(scenario.IsForbidden(scenario.ShiftIndex("Early"), scenario.ShiftIndex("Night")));
        Assert.Equal(["Nurse"], scenario.Nurses[3].Skills.Select(s => scenario.Skills[s]));
    }

    [Fact]
    public void ReadSolution_UnknownNurse_NamesFileLineAndKnownNames()
    {
        var text = Text(Dir + "solutions/inrc-pub-01/" + SolutionPaths[0]).Replace("Sara Fri Night Nurse", "Sarah Fri Night Nurse", StringComparison.Ordinal);

        var issue = Assert.Single(Inrc2Reader.ReadSolution(PlanningFile.FromText("solution", "sol0.txt", text), Scenario()).Issues);

        Assert.Equal(("sol0.txt", 21), (issue.File, issue.Line!.Value));
        Assert.StartsWith("'Sarah' is not a nurse of the scenario (known: Patrick, Andrea, Stefaan, Sara, Nguyen)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSolution_FewerLinesThanAnnounced_SaysWhichAssignmentIsMissing()
    {
        var text = Text(Dir + "solutions/inrc-pub-01/" + SolutionPaths[0]).Replace("ASSIGNMENTS = 25", "ASSIGNMENTS = 26", StringComparison.Ordinal);

        var issue = Assert.Single(Inrc2Reader.ReadSolution(PlanningFile.FromText("solution", "sol0.txt", text), Scenario()).Issues);

        Assert.Contains("the file ends where assignment 26 of 26 was expected", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSolution_BadDay_NamesTheLine()
    {
        var text = Text(Dir + "solutions/inrc-pub-01/" + SolutionPaths[0]).Replace("Patrick Wed Early HeadNurse", "Patrick Wen Early HeadNurse", StringComparison.Ordinal);

        var issue = Assert.Single(Inrc2Reader.ReadSolution(PlanningFile.FromText("solution", "sol0.txt", text), Scenario()).Issues);

        Assert.Equal((6, "'Wen' is not a day; expected one of Mon, Tue, Wed, Thu, Fri, Sat, Sun."), (issue.Line!.Value, issue.Message));
    }

    [Fact]
    public void ReadWeek_MalformedPair_NamesTheLineAndDay()
    {
        var text = Text(Dir + WeekPaths[0]).Replace("Late Nurse (0,1) (1,1)", "Late Nurse (0,1) (1;1)", StringComparison.Ordinal);

        var issue = Assert.Single(Inrc2Reader.ReadWeek(PlanningFile.FromText("week", "wd.txt", text), Scenario()).Issues);

        Assert.Equal((8, "the Tue requirement must be a pair '(a,b)' of whole numbers, found '(1;1)'."), (issue.Line!.Value, issue.Message));
    }

    [Fact]
    public void ReadScenario_MissingSuccessionSection_NamesTheLine()
    {
        var text = Text(Dir + "Sc-n005w4.txt").Replace("FORBIDDEN_SHIFT_TYPES_SUCCESSIONS", "FORBIDDEN_SUCCESSIONS", StringComparison.Ordinal);

        var issue = Assert.Single(Inrc2Reader.ReadScenario(PlanningFile.FromText("scenario", "sc.txt", text)).Issues);

        Assert.Equal((14, "expected 'FORBIDDEN_SHIFT_TYPES_SUCCESSIONS', found 'FORBIDDEN_SUCCESSIONS'."), (issue.Line!.Value, issue.Message));
    }

    [Fact]
    public void ReadHistory_NurseWithoutLine_IsNamed()
    {
        var text = Text(Dir + "H0-n005w4-0.txt").Replace("Sara 0 0 Late 1 4 0\n", "", StringComparison.Ordinal);

        var issue = Assert.Single(Inrc2Reader.ReadHistory(PlanningFile.FromText("history", "h0.txt", text), Scenario()).Issues);

        Assert.Equal("nurse 'Sara' of the scenario has no history line.", issue.Message);
    }

    [Fact]
    public void ReadAll_SolutionsInTheWrongOrder_SaysWhichWeekTheFileIs()
    {
        string[] swapped = [SolutionPaths[1], SolutionPaths[0], SolutionPaths[2], SolutionPaths[3]];

        var read = ReadAll(swapped.Select(p => Dir + "solutions/inrc-pub-01/" + p));

        var issue = Assert.Single(read.Issues);
        Assert.EndsWith("Sol-n005w4-2-1.txt", issue.File, StringComparison.Ordinal);
        Assert.StartsWith("the file is for week 1, but it was given as week 0", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_FewerSolutionsThanWeeks_Refuses()
    {
        var read = ReadAll(SolutionPaths.Take(3).Select(p => Dir + "solutions/inrc-pub-01/" + p));

        Assert.Contains("4 week-data files and 3 solution files", Assert.Single(read.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSolution_SolverLinesAfterTheAssignments_AreIgnoredAsByTheValidator()
    {
        // Sol-n005w4-2-1.txt ends with "Viol: 0", "Cost: 575", "Time: ..." written by the solver.
        var solution = Inrc2Reader.ReadSolution(PlanningData.Read("solution", Dir + "solutions/inrc-pub-01/" + SolutionPaths[1]), Scenario());

        Assert.True(solution.Succeeded);
        Assert.Equal(1, solution.Value!.Week);
    }

    private static Inrc2Scenario Scenario() => Inrc2Reader.ReadScenario(PlanningData.Read("scenario", Dir + "Sc-n005w4.txt")).Value!;

    private static string Text(string relative) => File.ReadAllText(PlanningData.PathOf(relative));

    private static PlanningOutcome<Inrc2Input> ReadAll(IEnumerable<string> solutions) => Inrc2Reader.ReadAll(
        PlanningData.Read("scenario", Dir + "Sc-n005w4.txt"), PlanningData.Read("history", Dir + "H0-n005w4-0.txt"),
        [.. WeekPaths.Select(p => PlanningData.Read("week", Dir + p))], [.. solutions.Select(p => PlanningData.Read("solution", p))]);
}
