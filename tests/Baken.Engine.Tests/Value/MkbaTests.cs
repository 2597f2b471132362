using System.Text.Json.Nodes;
using Baken.Engine.Value;

namespace Baken.Engine.Tests.Value;

// Expected amounts come from an independent computation in /usr/bin/python3 with exact fractions:
// sum(Fraction(v) / (1 + Fraction(r)) ** t for t, v in enumerate(flows)), then rounded to the cent
// half-up with decimal.quantize. They are not copied from the engine's output.
public sealed class MkbaTests
{
    [Fact]
    public void Run_WorkedExampleAt225_NpvIs187162Point26()
    {
        var result = Mkba.Run(ValueFiles.WorkedExample).Result!;

        Assert.Equal(187_162.26m, ValueResultJson.Money(result.NpvTotal));
        Assert.Equal(0.0225m, Assert.Single(result.Items).Rate);
        var json = JsonNode.Parse(ValueResultJson.ToUtf8Bytes(result))!;
        Assert.Equal(187_162.26m, (decimal)json["npvTotal"]!);
        Assert.Equal(187_162.26m, (decimal)json["npvByStakeholder"]!["careProviders"]!);
        Assert.Equal("discontovoet-2020", (string?)json["metadata"]!["rateSet"]!["id"]);
    }

    [Fact]
    public void Run_WorkedExample_SplitsCostsAndBenefitsByTheSignOfEachYear()
    {
        var result = Mkba.Run(ValueFiles.WorkedExample).Result!;

        var provider = Assert.Single(result.Stakeholders);
        Assert.Equal((1_346_699.27m, 1_533_861.52m), (ValueResultJson.Money(provider.PvCosts), ValueResultJson.Money(provider.PvBenefits)));
        Assert.Equal(1.1390m, Math.Round(result.BenefitCostRatio!.Value, 4));
    }

    [Fact]
    public void Run_FourStakeholdersAndThreeKinds_DiscountsEachKindAtItsOwnRate()
    {
        var result = Mkba.Run(ValueFiles.FourStakeholders).Result!;

        // fixedSunk at 1.6%, standard at 2.25%, riskFree at -1%.
        Assert.Equal([-884_498.02m, 988_722.80m, 82_040.71m, -50_000.00m, 151_389.61m], result.Items.Select(i => ValueResultJson.Money(i.PresentValue)));
        Assert.Equal([0.016m, 0.0225m, -0.01m, 0.0225m, 0.0225m], result.Items.Select(i => i.Rate));
        Assert.Equal(287_655.09m, ValueResultJson.Money(result.NpvTotal));
        Assert.Equal(1.3078m, Math.Round(result.BenefitCostRatio!.Value, 4));
    }

    [Fact]
    public void ToUtf8Bytes_FourStakeholders_WritesWhoPaysAndWhoGainsInOrderOfFirstAppearance()
    {
        var json = JsonNode.Parse(ValueResultJson.ToUtf8Bytes(Mkba.Run(ValueFiles.FourStakeholders).Result!))!;

        var distribution = json["distribution"]!.AsObject();
        Assert.Equal(["careProviders", "insurers", "patients", "society"], distribution.Select(p => p.Key));
        Assert.Equal((884_498.02m, 151_389.61m, -733_108.41m),
            ((decimal)distribution["careProviders"]!["pvCosts"]!, (decimal)distribution["careProviders"]!["pvBenefits"]!, (decimal)distribution["careProviders"]!["npv"]!));
        Assert.Equal((0m, 988_722.80m), ((decimal)distribution["insurers"]!["pvCosts"]!, (decimal)distribution["insurers"]!["pvBenefits"]!));
        Assert.Equal(-50_000m, (decimal)json["npvByStakeholder"]!["society"]!);
        Assert.Equal(1.3078m, (decimal)json["benefitCostRatio"]!);
    }

    [Fact]
    public void Run_OnlyBenefits_BenefitCostRatioIsNull()
    {
        var result = Mkba.Run("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "insurers", "name": "x", "flows": [0, 100]}]}""").Result!;

        Assert.Null(result.BenefitCostRatio);
        Assert.Null(JsonNode.Parse(ValueResultJson.ToUtf8Bytes(result))!["benefitCostRatio"]);
    }

    [Fact]
    public void Run_DefaultSensitivity_MovesTheRateOnePointAndEachItemTwentyPercent()
    {
        var result = Mkba.Run(ValueFiles.WorkedExample).Result!;

        var rate = result.Tornado.Single(b => b.Parameter == "discountRate");
        // The same flows at 1.25% and 3.25%.
        Assert.Equal((277_261.39m, 103_588.66m), (ValueResultJson.Money(rate.NpvLow), ValueResultJson.Money(rate.NpvHigh)));
        var item = result.Tornado.Single(b => b.Parameter == "items[0]");
        Assert.Equal((-0.2m, 0.2m), (item.Low, item.High));
        Assert.Equal(ValueResultJson.Money(0.8m * result.NpvTotal), ValueResultJson.Money(item.NpvLow));
        Assert.Equal(ValueResultJson.Money(1.2m * result.NpvTotal), ValueResultJson.Money(item.NpvHigh));
        // The rate's swing (173,672.73) is wider than the item's (74,864.90): it comes first.
        Assert.Equal(["discountRate", "items[0]"], result.Tornado.Select(b => b.Parameter));
    }

    [Fact]
    public void Run_FourStakeholdersRateShift_MovesEveryKindsRateTogether()
    {
        var result = Mkba.Run(ValueFiles.FourStakeholders).Result!;

        var rate = result.Tornado.Single(b => b.Parameter == "discountRate");
        Assert.Equal((310_486.10m, 265_722.85m), (ValueResultJson.Money(rate.NpvLow), ValueResultJson.Money(rate.NpvHigh)));
        Assert.Equal(result.Tornado.Select(b => b.Swing).OrderDescending(), result.Tornado.Select(b => b.Swing));
        Assert.Equal("items[1]", result.Tornado[0].Parameter);
    }

    [Fact]
    public void Run_SensitivityGiven_UsesItAndZeroLeavesAParameterOut()
    {
        var json = ValueFiles.WorkedExample.Replace("\"items\"", "\"sensitivity\": {\"discountRateDelta\": 0, \"flowChange\": 0.5}, \"items\"", StringComparison.Ordinal);

        var result = Mkba.Run(json).Result!;

        var bar = Assert.Single(result.Tornado);
        Assert.Equal(ValueResultJson.Money(0.5m * result.NpvTotal), ValueResultJson.Money(bar.NpvLow));
    }

    [Fact]
    public void Run_RateSetFromAnotherFile_IsDataOnly()
    {
        var extra = RateSetCatalog.Parse(File.ReadAllText(ValueFiles.TestRateSets)).Result!;
        var catalog = RateSetCatalog.Default.Merge(extra).Result!;

        var result = Mkba.Run(ValueFiles.WorkedExample.Replace("discontovoet-2020", "discontovoet-test", StringComparison.Ordinal), catalog).Result!;

        Assert.Equal(123_901.45m, ValueResultJson.Money(result.NpvTotal));
    }

    [Fact]
    public void Run_RiskFreeBeyondTheLastYearAtANegativeRate_IsRefused()
    {
        var flows = string.Join(", ", Enumerable.Repeat("1", 102));
        var outcome = Mkba.Run($$"""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "society", "name": "x", "kind": "riskFree", "justification": "j", "flows": [{{flows}}]}]}""");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("items[0].flows", error.Path);
        Assert.Contains("year 101", error.Message, StringComparison.Ordinal);
    }
}
