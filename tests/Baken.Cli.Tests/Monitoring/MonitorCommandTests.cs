using System.Text.Json.Nodes;
using Baken.Cli.Monitoring;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Monitoring;

public sealed class MonitorCommandTests : IDisposable
{
    private readonly MonitoringCliFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Monitor_GoldenPeriod_WritesTheGoldenResultAndASelfContainedReport()
    {
        var result = _files.PathOf("out/result.json");

        var (code, text) = await Monitor("2026-03", result);

        Assert.True(code == 0, text);
        var (compare, differences) = MonitoringCliFiles.Compare(result, MonitoringCliFiles.GoldenResult("2026-03"));
        Assert.True(compare == 0, differences);
        Assert.Contains("ALERT dataset_drift", text, StringComparison.Ordinal);
        Assert.Contains("Drifted columns: 3 of 5", text, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(_files.PathOf("out/result.html"), TestContext.Current.CancellationToken);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Monitoringrapport: 2026-03", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_WithHistory_DrawsEarlierPeriodsAsTimeSeries()
    {
        foreach (var period in new[] { "2026-01", "2026-02" })
        {
            var (earlier, output) = await Monitor(period, _files.PathOf($"history/result-{period}.json"));
            Assert.True(earlier == 0, output);
        }

        _files.Write("history/notes.json", """{"remark": "not a result"}""");

        var (code, text) = await Monitor("2026-03", _files.PathOf("result.json"), "--history", _files.PathOf("history"), "--report-language", "en");

        Assert.True(code == 0, text);
        Assert.Contains("'notes.json' in the history folder is not a monitoring result; skipped", text, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(_files.PathOf("result.html"), TestContext.Current.CancellationToken);
        Assert.Equal(3, html.Split("<svg class=\"history\"").Length - 1);
        Assert.Contains("2026-01: estimated (CBPE)", html, StringComparison.Ordinal);
        Assert.Contains("2026-03: realised", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-02: realised", html, StringComparison.Ordinal); // no labels that month: a gap
    }

    [Fact]
    public async Task Monitor_BadRowInPeriod_ExitsTwoNamingTheRow()
    {
        var period = _files.Write("period-bad.csv", "id,y_true,y_score,age,sex,ward,prior_admissions\na,1,0.4,60,F,icu,1\nb,0,1.7,61,M,icu,2\nc,0,0.2,x,F,icu,0\n");

        var (code, text) = await Run("--period", period, "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("Row 2: column 'y_score' must be a probability in [0, 1], found 1.7.", text, StringComparison.Ordinal);
        Assert.Contains("Row 3: column 'age' is not a number, found 'x'", text, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("result.json")));
    }

    [Fact]
    public async Task Monitor_FewRows_ReportsInsufficientDataOnly()
    {
        var lines = File.ReadLines(MonitoringCliFiles.Period("2026-01")).Take(51);
        var period = _files.Write("period-2026-05.csv", string.Join("\n", lines) + "\n");

        var (code, text) = await Run("--period", period, "--output", _files.PathOf("result.json"));

        Assert.True(code == 0, text);
        Assert.Contains("ALERT insufficient_data: Insufficient data: 50 rows, at least 100 needed.", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("result.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("2026-05", (string?)json["period"]);
        Assert.True((bool)json["insufficientData"]!);
        Assert.Null(json["drift"]);
    }

    [Fact]
    public async Task Monitor_PlanById_FetchesItFromTheServer()
    {
        await using var server = new LoopbackServer(200, "application/json", await File.ReadAllTextAsync(MonitoringCliFiles.Plan, TestContext.Current.CancellationToken));

        var (code, text) = await ValidationCli.RunAsync("monitor", "--plan", MonitoringCliFiles.PlanId, "--server", server.Address.ToString(),
            "--reference", MonitoringCliFiles.Reference, "--period", MonitoringCliFiles.Period("2026-02"), "--output", _files.PathOf("result.json"));

        Assert.True(code == 0, text);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", $"/api/v1/monitoring-plans/{MonitoringCliFiles.PlanId}"), (request.Method, request.Path));
        Assert.Contains("ALERT estimated_performance_shift", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_PlanIdWithoutServer_ExitsTwo()
    {
        var (code, text) = await ValidationCli.RunAsync("monitor", "--plan", MonitoringCliFiles.PlanId,
            "--reference", MonitoringCliFiles.Reference, "--period", MonitoringCliFiles.Period("2026-02"), "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("also pass --server", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_InvalidPlan_ListsTheProblems()
    {
        var plan = _files.Write("plan.json", """{"columns": {"y_true": "label", "y_score": "numerical", "ward": "text"}, "protocol": {"threshold": 0.3}}""");

        var (code, text) = await ValidationCli.RunAsync("monitor", "--plan", plan,
            "--reference", MonitoringCliFiles.Reference, "--period", MonitoringCliFiles.Period("2026-02"), "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("is not a usable monitoring plan", text, StringComparison.Ordinal);
        Assert.Contains("columns.ward: must be 'label', 'numerical' or 'categorical'", text, StringComparison.Ordinal);
        Assert.Contains("protocol.minAuroc: required, a number.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_MissingFiles_ExitsTwoNamingThem()
    {
        var (code, text) = await ValidationCli.RunAsync("monitor", "--plan", MonitoringCliFiles.Plan, "--reference", _files.PathOf("nope.csv"),
            "--period", _files.PathOf("neither.csv"), "--output", _files.PathOf("result.json"), "--history", _files.PathOf("missing"));

        Assert.Equal(2, code);
        Assert.Contains("The --reference file", text, StringComparison.Ordinal);
        Assert.Contains("The --period file", text, StringComparison.Ordinal);
        Assert.Contains("The --history folder", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/period-2026-04.csv", "2026-04")]
    [InlineData("/data/march.csv", "march")]
    [InlineData("period-.csv", "period-")]
    public void PeriodName_FileName_DropsPrefixAndExtension(string path, string expected) =>
        Assert.Equal(expected, MonitorCommand.PeriodName(path));

    private Task<(int Code, string Output)> Monitor(string period, string output, params string[] extra) =>
        Run(["--period", MonitoringCliFiles.Period(period), "--output", output, .. extra]);

    private static Task<(int Code, string Output)> Run(params string[] args) =>
        ValidationCli.RunAsync(["monitor", "--plan", MonitoringCliFiles.Plan, "--reference", MonitoringCliFiles.Reference, .. args]);
}
