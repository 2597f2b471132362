using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Value;

public sealed class ValueCommandTests : IDisposable
{
    private const string WorkedExample = """
        {"rateSet": "discontovoet-2020", "studyTitle": "kept as is",
         "items": [{"stakeholder": "careProviders", "name": "AI triage", "kind": "standard",
                    "flows": [-1200000, -150000, 50000, 200000, 250000, 250000, 250000, 250000, 250000, 250000]}]}
        """;

    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ValueMkba_WorkedExample_WritesTheNpvAndPrintsTheDistributionTable()
    {
        var output = _files.PathOf("mkba.json");
        var (code, text) = await ValidationCli.RunAsync("value", "mkba", "--input", _files.Write("study.json", WorkedExample), "--output", output);

        Assert.True(code == 0, text);
        // 187,162.26: the worked example at 2.25% (computed independently with exact fractions in Python).
        Assert.Contains("│ careProviders │ 1 346 699.27   │ 1 533 861.52      │ 187 162.26 │", text, StringComparison.Ordinal);
        Assert.Contains("Benefit-cost ratio: 1.1390", text, StringComparison.Ordinal);
        Assert.Contains("Rate set: discontovoet-2020", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal(187_162.26m, (decimal)json["npvTotal"]!);
        Assert.Equal(64, ((string?)json["metadata"]!["inputSha256"])!.Length);
        Assert.Equal(["discountRate", "items[0]"], json["tornado"]!.AsArray().Select(b => (string?)b!["parameter"]));
    }

    [Fact]
    public async Task ValueMkba_BadInput_ListsEveryProblemByPathAndWritesNothing()
    {
        var input = _files.Write("bad.json", """{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "patients", "name": "x", "kind": "riskFree", "flows": [1, "NaN"]}]}""");
        var output = _files.PathOf("bad-result.json");

        var (code, text) = await ValidationCli.RunAsync("value", "mkba", "--input", input, "--output", output);

        Assert.Equal(2, code);
        Assert.Contains("2 problems; nothing was computed.", text, StringComparison.Ordinal);
        Assert.Contains("  items[0].justification: A riskFree item needs a justification", text, StringComparison.Ordinal);
        Assert.Contains("  items[0].flows[1]: Must be a finite number, not the text \"NaN\".", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task ValueMkba_ExtraRateSetFile_CanBeNamedByTheStudy()
    {
        var rates = _files.Write("rates.json", """
            {"schema": "baken.value-rate-sets/1", "rateSets": [{"id": "local-2031", "kind": "mkba", "name": "n", "source": "s",
              "publishedOn": "2031-01-01", "validFrom": "2031-01-01", "rates": {"standard": 0.03, "fixedSunk": 0.02, "riskFree": 0}}]}
            """);
        var input = _files.Write("study.json", WorkedExample.Replace("discontovoet-2020", "local-2031", StringComparison.Ordinal));

        var (code, text) = await ValidationCli.RunAsync("value", "mkba", "--input", input, "--output", _files.PathOf("r.json"), "--rate-sets", rates);

        Assert.True(code == 0, text);
        // The same flows at 3%: 123,901.45 (Python, exact fractions).
        Assert.Contains("123 901.45", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueMkba_RateSetFileRepeatsABuiltInId_IsRefused()
    {
        var rates = _files.Write("rates.json", """
            {"schema": "baken.value-rate-sets/1", "rateSets": [{"id": "zin-2024", "kind": "hta", "name": "n", "source": "s",
              "publishedOn": "2031-01-01", "validFrom": "2031-01-01", "rates": {"costs": 0.03, "effects": 0.015}, "referenceValues": "r"}],
             "referenceValues": [{"id": "r", "name": "n", "source": "s", "publishedOn": "2031-01-01", "validFrom": "2031-01-01", "bands": [{"from": 0, "to": 1, "valuePerQaly": 1}]}]}
            """);

        var (code, text) = await ValidationCli.RunAsync("value", "mkba", "--input", _files.Write("s.json", WorkedExample), "--output", _files.PathOf("r.json"), "--rate-sets", rates);

        Assert.Equal(2, code);
        Assert.Contains("The rate set 'zin-2024' already exists", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueHta_BelowTheLowestBurdenBand_SaysThereIsNoReferenceValue()
    {
        var input = _files.Write("hta.json", """
            {"rateSet": "zin-2024", "intervention": {"costs": [500, 500], "qalys": [0.7, 0.7]},
             "comparator": {"costs": [1000, 1000], "qalys": [0.6, 0.6]}, "diseaseBurden": 0.05}
            """);
        var output = _files.PathOf("hta-result.json");

        var (code, text) = await ValidationCli.RunAsync("value", "hta", "--input", input, "--output", output);

        Assert.True(code == 0, text);
        Assert.Contains("│ ICER (EUR per QALY)                    │ dominant", text, StringComparison.Ordinal);
        Assert.Contains("No reference value: the disease burden lies below the lowest band", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal(("dominant", null), ((string?)json["icer"], json["referenceValue"]));
    }

    [Fact]
    public async Task ValueHta_MissingInputFile_ExitsTwo()
    {
        var (code, text) = await ValidationCli.RunAsync("value", "hta", "--input", _files.PathOf("nope.json"), "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", text, StringComparison.Ordinal);
    }
}
