using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Planning;

public sealed class ValidatePlanningHhcrspTests : IDisposable
{
    private static readonly string A3 = PlanningFiles.PathOf("hhcrsp/instances/InstanzCPLEX_HCSRP_10_3.txt");
    private static readonly string B6 = PlanningFiles.PathOf("hhcrsp/instances/InstanzCPLEX_HCSRP_25_6.txt");
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Hhcrsp_InfeasibleGoldenPlan_PrintsTheVerdictAndWritesGoldenJsonAndReport()
    {
        var output = _files.PathOf("hh.json");
        var (code, text) = await ValidationCli.RunAsync("validate-planning", "hhcrsp", "--instance", A3,
            "--plan", PlanningFiles.PathOf("hhcrsp/plans/hh-pub-03_A3_infeasible_sync.csv"), "--output", output);

        Assert.True(code == 0, text);
        Assert.Contains("INFEASIBLE: 1 hard-constraint violation(s)", text, StringComparison.Ordinal);
        Assert.Contains("sync_simultaneous", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        var golden = PlanningFiles.Golden("hhcrsp", "hh-pub-03");
        Assert.Equal((double)golden["objective"]!, (double)json["overall"]!["objective"]!, 1e-6);
        Assert.Equal((double)golden["total_distance"]!, (double)json["overall"]!["totalDistance"]!, 1e-6);
        Assert.Equal("sync_simultaneous", (string?)json["detail"]!["violations"]![0]!["type"]);
        var html = await File.ReadAllTextAsync(_files.PathOf("hh.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>sync_simultaneous</td><td class=\"num\">8</td>", html, StringComparison.Ordinal);
        Assert.Contains("Niet uitvoerbaar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hhcrsp_WithBaseline_ShowsDifferencesInTerminalJsonAndReport()
    {
        var output = _files.PathOf("cmp.json");
        var (code, text) = await ValidationCli.RunAsync("validate-planning", "hhcrsp", "--instance", B6,
            "--plan", PlanningFiles.PathOf("hhcrsp/plans/hh-pub-04_B6_infeasible_missing_patient.csv"),
            "--baseline", PlanningFiles.PathOf("hhcrsp/plans/hh-pub-02_B6_brkga.csv"), "--output", output, "--report-language", "en");

        Assert.True(code == 0, text);
        Assert.Contains("Plan - baseline", text, StringComparison.Ordinal);
        var comparison = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!["comparison"]!;
        Assert.True((bool)comparison["baselineFeasible"]!);
        var distance = comparison["figures"]!.AsArray().Single(f => (string?)f!["figure"] == "totalDistance")!;
        Assert.Equal(974.546134 - 977.480818, (double)distance["difference"]!, 1e-6);
        Assert.Equal(("plan", "lower"), ((string?)distance["better"], (string?)distance["betterWhen"]));
        var html = await File.ReadAllTextAsync(_files.PathOf("cmp.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<th>Plan − baseline</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hhcrsp_WorkingTime_IsReportedApartWithTheRuleSetId()
    {
        var output = _files.PathOf("wt.json");
        var (code, text) = await ValidationCli.RunAsync("validate-planning", "hhcrsp", "--instance", A3,
            "--plan", PlanningFiles.PathOf("hhcrsp/plans/hh-pub-01_A3_brkga.csv"), "--working-time", "--output", output);

        Assert.True(code == 0, text);
        Assert.Contains("Working-time rule (Baken's summary, to be checked)", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal("urn:baken:planning:working-time-nl:1.0", (string?)json["workingTime"]!["ruleSet"]);
        Assert.True((bool)json["workingTime"]!["applied"]!);
        Assert.True((bool)json["overall"]!["feasible"]!);
    }

    [Fact]
    public async Task Hhcrsp_BrokenPlan_RefusesWithFileAndLine()
    {
        var plan = _files.Write("broken.csv", "staff,patient,service,start\n0,9,1,61.05735\n0,10,x,173.2\n");

        var (code, text) = await ValidationCli.RunAsync("validate-planning", "hhcrsp", "--instance", A3, "--plan", plan, "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains($"{plan}, line 3: column 'service' must be a whole number, found 'x'.", text, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("r.json")));
    }

    [Fact]
    public async Task Hhcrsp_MissingInstance_SaysWhichOption()
    {
        var (code, text) = await ValidationCli.RunAsync("validate-planning", "hhcrsp", "--instance", _files.PathOf("none.txt"),
            "--plan", PlanningFiles.PathOf("hhcrsp/plans/hh-pub-01_A3_brkga.csv"), "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains("(--instance) does not exist", text, StringComparison.Ordinal);
    }
}
