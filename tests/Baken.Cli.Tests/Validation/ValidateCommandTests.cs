using System.Text.Json.Nodes;

namespace Baken.Cli.Tests.Validation;

/// <summary><c>baken validate</c> end to end on the shared golden data.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Validate_BreastCancer_WritesGoldenAurocAndSelfContainedReport()
    {
        var output = _files.PathOf("result.json");

        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--bootstrap", "50", "--output", output);

        Assert.True(code == 0, text);
        var result = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!.AsObject();
        var golden = (double)ValidationFiles.Golden("breast_cancer_logreg")["overall"]!["auroc"]!;
        var auroc = (double)result["overall"]!["auroc"]!;
        Assert.True(Math.Abs(auroc - golden) <= 1e-9 * Math.Abs(golden), $"auroc {auroc} != golden {golden}");
        Assert.Equal(50, (int)result["metadata"]!["bootstrapReplicates"]!);
        Assert.Null(result["metadata"]!["protocolId"]);

        var html = await File.ReadAllTextAsync(_files.PathOf("result.html"), TestContext.Current.CancellationToken);
        Assert.Equal(2, CountOf(html, "<svg"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("r0000000", html, StringComparison.Ordinal);
        Assert.Contains("AUROC [95% CI DeLong]", text, StringComparison.Ordinal);
        Assert.Contains("0.9948 [0.9895, 1.0000]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithProtocol_ShowsEachCriterionMetOrNotMet()
    {
        var output = _files.PathOf("result.json");

        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--protocol", _files.WriteProtocol(), "--output", output);

        Assert.True(code == 0, text);
        var lines = text.Split('\n');
        var met = Assert.Single(lines, l => l.Contains("auroc-lower", StringComparison.Ordinal));
        Assert.Contains("MET", met, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT MET", met, StringComparison.Ordinal);
        Assert.Contains("0.9895", met, StringComparison.Ordinal);
        var notMet = Assert.Single(lines, l => l.Contains("slope-range", StringComparison.Ordinal));
        Assert.Contains("NOT MET", notMet, StringComparison.Ordinal);
        Assert.Contains("2.1527", notMet, StringComparison.Ordinal);
        Assert.Contains("1 of 2 met", text, StringComparison.Ordinal);

        var result = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal(ValidationFiles.ProtocolId, (string?)result["metadata"]!["protocolId"]);
        Assert.Equal([0.3, 0.5], result["overall"]!["thresholds"]!.AsArray().Select(t => (double)t!["threshold"]!));
        var html = await File.ReadAllTextAsync(_files.PathOf("result.html"), TestContext.Current.CancellationToken);
        Assert.Contains("niet voldaan", html, StringComparison.Ordinal);
        Assert.Contains("Breast cancer classifier &lt;local check&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BelowProtocolMinimumSampleSize_WarnsThatThePlatformWillRefuse()
    {
        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--protocol", _files.WriteProtocol(minimumSampleSize: 500),
            "--output", _files.PathOf("result.json"));

        Assert.Equal(0, code);
        Assert.Contains("below the protocol's minimum sample size of 500", text, StringComparison.Ordinal);
        Assert.Contains("will refuse", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FlagThatContradictsTheProtocol_ExitsTwo()
    {
        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--protocol", _files.WriteProtocol(),
            "--threshold", "0.4", "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("--threshold conflicts with the protocol", text, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("result.json")));
    }

    [Fact]
    public async Task Validate_ProtocolById_FetchesItFromTheServer()
    {
        var protocol = await File.ReadAllTextAsync(_files.WriteProtocol(), TestContext.Current.CancellationToken);
        await using var server = new LoopbackServer(200, "application/json", protocol);

        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--protocol", ValidationFiles.ProtocolId,
            "--server", server.Address.ToString(), "--output", _files.PathOf("result.json"));

        Assert.True(code == 0, text);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", $"/api/v1/validation-protocols/{ValidationFiles.ProtocolId}"), (request.Method, request.Path));
        Assert.Contains("NOT MET", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FileThatIsNotAProtocol_ExitsTwo()
    {
        var notAProtocol = _files.Write("protocol.json", """{"schema": "something-else/1", "id": "0196a8f2-1111-7000-8000-000000000001", "productId": "0196a8f2-2222-7000-8000-000000000002", "version": 1, "title": "x"}""");

        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--protocol", notAProtocol, "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("is not a validation protocol", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingColumn_ExitsTwoNamingTheColumn()
    {
        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", ValidationFiles.Csv("breast_cancer_logreg"), "--score-column", "risk", "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("'risk'", text, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("result.json")));
    }

    [Fact]
    public async Task Validate_SomeBadRows_RejectsThemByRowNumberAndContinues()
    {
        var lines = File.ReadAllLines(ValidationFiles.Csv("breast_cancer_logreg"));
        lines[3] = "bad1,2,0.5";
        lines[10] = "bad2,1,abc";
        var input = _files.Write("predictions.csv", string.Join('\n', lines));

        var (code, text) = await ValidationCli.RunAsync("validate", "--predictions", input, "--bootstrap", "0", "--output", _files.PathOf("result.json"));

        Assert.True(code == 0, text);
        Assert.Contains("Rejected 2 of 228 data rows", text, StringComparison.Ordinal);
        Assert.Contains("row 3", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("row 10", text, StringComparison.OrdinalIgnoreCase);
        var result = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("result.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(2, (int)result["metadata"]!["rowsRejected"]!);
        Assert.Equal(226, (int)result["overall"]!["n"]!);
    }

    [Fact]
    public async Task Validate_EveryRowRejected_ExitsTwo()
    {
        var input = _files.Write("predictions.csv", "id,y_true,y_score\na,yes,0.5\nb,no,0.2\n");

        var (code, text) = await ValidationCli.RunAsync("validate", "--predictions", input, "--output", _files.PathOf("result.json"));

        Assert.Equal(2, code);
        Assert.Contains("All 2 data rows were rejected", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SubgroupValuesWithMarkup_AreEncodedInTheReport()
    {
        var rows = Enumerable.Range(0, 80).Select(i =>
            FormattableString.Invariant($"r{i},{i % 2},{(i % 2 == 0 ? 0.2 : 0.7) + (i * 0.001)},{(i < 40 ? "<script>alert(1)</script>" : "[bold]b&c")}"));
        var input = _files.Write("predictions.csv", "id,y_true,y_score,group\n" + string.Join('\n', rows));

        var (code, text) = await ValidationCli.RunAsync(
            "validate", "--predictions", input, "--subgroup", "group", "--bootstrap", "0", "--report-language", "en", "--output", _files.PathOf("result.json"));

        Assert.True(code == 0, text);
        Assert.Contains("[bold]b&c", text, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(_files.PathOf("result.html"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("[bold]b&amp;c", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
