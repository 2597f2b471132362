using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Planning;

public sealed class ValidatePlanningInrc2Tests : IDisposable
{
    private const string ShiftTimes = "Early=06:00-14:00,Day=08:00-16:00,Late=14:00-22:00,Night=22:00-07:00";
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Inrc2_SpecificationExample_PrintsTheValidatorsLinesAndWritesTheGrid()
    {
        var output = _files.PathOf("roster.json");
        var (code, text) = await ValidationCli.RunAsync(["validate-planning", "inrc2", .. PlanningFiles.Inrc2Arguments("inrc-pub-01"), "--output", output]);

        Assert.True(code == 0, text);
        Assert.Contains("FEASIBLE: no hard-constraint violation (5 nurses, 4 weeks", text, StringComparison.Ordinal);
        Assert.Matches(@"Total cost\s*│\s*1695", text);
        var overall = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!["overall"]!;
        Assert.Equal((1695, 465, 330, 240), ((int)overall["totalCost"]!, (int)overall["softCosts"]!["consecutive"]!,
            (int)overall["softCosts"]!["nonWorkingDays"]!, (int)overall["softCosts"]!["optimalCoverage"]!));
        var html = await File.ReadAllTextAsync(_files.PathOf("roster.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<table class=\"grid\">", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"name\">Patrick</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inrc2_InfeasibleRosterWithBaseline_ComparesAndMarksTheViolation()
    {
        var output = _files.PathOf("cmp.json");
        var baseline = PlanningFiles.Golden("inrc2", "inrc-pub-01")["solutions"]!.AsArray().Select(s => PlanningFiles.PathOf((string)s!));
        var (code, text) = await ValidationCli.RunAsync(
            ["validate-planning", "inrc2", .. PlanningFiles.Inrc2Arguments("inrc-pub-04"), "--baseline-solutions", .. baseline, "--output", output]);

        Assert.True(code == 0, text);
        Assert.Contains("INFEASIBLE: 2 hard-constraint violation(s)", text, StringComparison.Ordinal);
        Assert.Contains("Sara: Night as HeadNurse without that skill", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        var hard = json["comparison"]!["figures"]!.AsArray().Single(f => (string?)f!["figure"] == "hardViolations")!;
        Assert.Equal((2.0, "baseline"), ((double)hard["difference"]!, (string?)hard["better"]));
        Assert.Equal((1, 1), ((int)json["overall"]!["hardViolations"]!["requiredSkill"]!, (int)json["overall"]!["hardViolations"]!["minimalCoverage"]!));
        var html = await File.ReadAllTextAsync(_files.PathOf("cmp.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<td class=\"s2 hard\">N</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inrc2_ShiftTimes_AppliesTheWorkingTimeRulesApartFromTheValidatorCategories()
    {
        var output = _files.PathOf("wt.json");
        var (code, text) = await ValidationCli.RunAsync(
            ["validate-planning", "inrc2", .. PlanningFiles.Inrc2Arguments("inrc-pub-03"), "--shift-times", ShiftTimes, "--output", output]);

        Assert.True(code == 0, text);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        var workingTime = json["workingTime"]!;
        Assert.True((bool)workingTime["applied"]!);
        Assert.Contains("Night 22:00-07:00", (string?)workingTime["timesUsed"], StringComparison.Ordinal);
        Assert.Equal(6, workingTime["rules"]!.AsArray().Count);
        // The validator's categories are untouched by the working-time rules.
        Assert.Equal(1780, (int)json["overall"]!["totalCost"]!);
        Assert.Equal((int)workingTime["violations"]!, json["detail"]!["workingTimeViolations"]!.AsArray().Count);
    }

    [Fact]
    public async Task Inrc2_WorkingTimeWithoutShiftTimes_SaysTheFilesHaveNoClockTimes()
    {
        var (code, text) = await ValidationCli.RunAsync(
            ["validate-planning", "inrc2", .. PlanningFiles.Inrc2Arguments("inrc-pub-01"), "--working-time", "--output", _files.PathOf("r.json")]);

        Assert.True(code == 0, text);
        Assert.Contains("not applied: The INRC-II files give no clock times for shift types", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inrc2_MalformedShiftTimes_Refuses()
    {
        var (code, text) = await ValidationCli.RunAsync(
            ["validate-planning", "inrc2", .. PlanningFiles.Inrc2Arguments("inrc-pub-01"), "--shift-times", "Early=6-14", "--output", _files.PathOf("r.json")]);

        Assert.Equal(2, code);
        Assert.Contains("--shift-times: 'Early=6-14' is not a shift time", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inrc2_SolutionWithAnUnknownShift_RefusesWithFileAndLine()
    {
        var golden = PlanningFiles.Golden("inrc2", "inrc-pub-01");
        var first = PlanningFiles.PathOf((string)golden["solutions"]![0]!);
        var broken = _files.Write("Sol-broken.txt", (await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken))
            .Replace("Andrea Tue Late Nurse", "Andrea Tue Evening Nurse", StringComparison.Ordinal));
        var args = PlanningFiles.Inrc2Arguments("inrc-pub-01").Select(a => a == first ? broken : a);

        var (code, text) = await ValidationCli.RunAsync(["validate-planning", "inrc2", .. args, "--output", _files.PathOf("r.json")]);

        Assert.Equal(2, code);
        Assert.Contains($"{broken}, line 12: 'Evening' is not a shift type of the scenario (known: Early, Late, Night)", text, StringComparison.Ordinal);
    }
}
