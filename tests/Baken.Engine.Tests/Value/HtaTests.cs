using System.Text.Json.Nodes;
using Baken.Engine.Value;

namespace Baken.Engine.Tests.Value;

// Expected figures come from /usr/bin/python3 with exact fractions: ΔC = Σ c_t / 1.03^t (costs) and
// ΔQ = Σ q_t / 1.015^t (effects), ICER = ΔC / ΔQ, NMB = 50000 ΔQ - ΔC, rounded half-up with decimal.quantize.
public sealed class HtaTests
{
    [Fact]
    public void Run_Zin2024_DiscountsCostsAt3AndEffectsAt15Percent()
    {
        var result = Hta.Run(ValueFiles.Hta()).Result!;

        Assert.Equal((13_826.94m, 2.069118m), (ValueResultJson.Money(result.Intervention.Costs), ValueResultJson.Qaly(result.Intervention.Qalys)));
        Assert.Equal((2_913.47m, 1.773530m), (ValueResultJson.Money(result.Comparator.Costs), ValueResultJson.Qaly(result.Comparator.Qalys)));
        Assert.Equal((10_913.47m, 0.295588m), (ValueResultJson.Money(result.DeltaCost), ValueResultJson.Qaly(result.DeltaQaly)));
        Assert.Equal(CostEffectivenessQuadrant.NorthEast, result.Quadrant);
        Assert.Equal(36_921.18m, ValueResultJson.Money(result.Icer!.Value));
        Assert.Equal(50_000m, result.ReferenceValue);
        Assert.Equal(3_865.95m, ValueResultJson.Money(result.NetMonetaryBenefit!.Value));
    }

    [Fact]
    public void Run_Zin2016_DiscountsCostsAt4Percent()
    {
        var result = Hta.Run(ValueFiles.Hta("zin-2016")).Result!;

        Assert.Equal(0.04m, result.RateSet.Rates["costs"]);
        Assert.Equal(10_886.09m, ValueResultJson.Money(result.DeltaCost));
        Assert.Equal(36_828.57m, ValueResultJson.Money(result.Icer!.Value));
        Assert.Equal(3_893.32m, ValueResultJson.Money(result.NetMonetaryBenefit!.Value));
    }

    [Fact]
    public void ToUtf8Bytes_NorthEast_WritesTheRoundedFiguresAndHeadroom()
    {
        var result = Hta.Run(ValueFiles.Hta(extra: ", \"maxPlausibleDeltaQaly\": 0.3, \"deltaOtherCosts\": 1000")).Result!;

        var json = JsonNode.Parse(ValueResultJson.ToUtf8Bytes(result, "ab12"))!;
        Assert.Equal((10_913.47m, 0.295588m, 36_921.18m), ((decimal)json["deltaCost"]!, (decimal)json["deltaQaly"]!, (decimal)json["icer"]!));
        Assert.Equal(("northEast", 50_000m, 3_865.95m), ((string?)json["quadrant"], (decimal)json["referenceValue"]!, (decimal)json["netMonetaryBenefit"]!));
        // 50,000 × 0.3 - 1,000.
        Assert.Equal(14_000m, (decimal)json["headroom"]!);
        Assert.Equal(("hta", "ab12", "zin-2024"), ((string?)json["study"], (string?)json["metadata"]!["inputSha256"], (string?)json["metadata"]!["rateSet"]!["id"]));
        Assert.Empty(json["flags"]!.AsArray());
    }

    [Theory]
    [InlineData(", \"maxPlausibleDeltaQaly\": 0.3")]
    [InlineData(", \"deltaOtherCosts\": 1000")]
    [InlineData("")]
    public void Run_HeadroomInputMissing_HeadroomIsNull(string extra)
    {
        Assert.Null(Hta.Run(ValueFiles.Hta(extra: extra)).Result!.Headroom);
    }

    [Theory]
    // Cheaper and more effective; cheaper and as effective; as costly and more effective.
    [InlineData("[500, 500]", "[0.7, 0.7]", "dominant", "southEast")]
    [InlineData("[500, 500]", "[0.6, 0.6]", "dominant", "southEast")]
    [InlineData("[1000, 1000]", "[0.7, 0.7]", "dominant", "southEast")]
    // Dearer and less effective; dearer and as effective; as costly and less effective.
    [InlineData("[2000, 2000]", "[0.5, 0.5]", "dominated", "northWest")]
    [InlineData("[2000, 2000]", "[0.6, 0.6]", "dominated", "northWest")]
    [InlineData("[1000, 1000]", "[0.5, 0.5]", "dominated", "northWest")]
    public void Run_Dominance_IcerIsAWordNeverANegativeNumber(string costs, string qalys, string icer, string quadrant)
    {
        var result = Hta.Run(ValueFiles.HtaArms(costs, qalys, "[1000, 1000]", "[0.6, 0.6]")).Result!;

        var json = JsonNode.Parse(ValueResultJson.ToUtf8Bytes(result))!;
        Assert.Equal((icer, quadrant), ((string?)json["icer"], (string?)json["quadrant"]));
        Assert.Null(result.Icer);
    }

    [Fact]
    public void Run_CheaperAndLessEffective_PositiveIcerWithTheSouthWestFlag()
    {
        var result = Hta.Run(ValueFiles.HtaArms("[500, 500, 500]", "[0.5, 0.5, 0.5]", "[1000, 1000, 1000]", "[0.6, 0.6, 0.6]")).Result!;

        Assert.Equal(CostEffectivenessQuadrant.SouthWest, result.Quadrant);
        // ΔC = -1,456.73 and ΔQ = -0.295588: 4,928.26 euro saved per QALY lost.
        Assert.Equal(4_928.26m, ValueResultJson.Money(result.Icer!.Value));
        Assert.Contains("southWestQuadrant", result.Flags);
        // Burden 0.3: 20,000 × ΔQ - ΔC.
        Assert.Equal(-4_455.03m, ValueResultJson.Money(result.NetMonetaryBenefit!.Value));
    }

    [Fact]
    public void Run_NoDifference_IcerIsNullWithTheNoDifferenceFlag()
    {
        var result = Hta.Run(ValueFiles.HtaArms("[1000]", "[0.6]", "[1000]", "[0.6]")).Result!;

        var json = JsonNode.Parse(ValueResultJson.ToUtf8Bytes(result))!;
        Assert.Equal(CostEffectivenessQuadrant.Origin, result.Quadrant);
        Assert.Null(json["icer"]);
        Assert.Equal("origin", (string?)json["quadrant"]);
        Assert.Equal(["noDifference"], result.Flags);
        Assert.Equal(0m, result.NetMonetaryBenefit);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("0.0999", null)]
    [InlineData("0.10", 20_000)]
    [InlineData("0.40", 20_000)]
    // Between the printed bands: not yet 0.41, so still the lower band.
    [InlineData("0.405", 20_000)]
    [InlineData("0.4099999", 20_000)]
    [InlineData("0.41", 50_000)]
    [InlineData("0.70", 50_000)]
    [InlineData("0.705", 50_000)]
    [InlineData("0.71", 80_000)]
    [InlineData("1", 80_000)]
    public void Run_BurdenAtTheBandEdges_PicksTheBandWhoseFromItHasReached(string burden, int? expected)
    {
        var result = Hta.Run(ValueFiles.Hta(burden: burden)).Result!;

        Assert.Equal(expected, (int?)result.ReferenceValue);
        Assert.Equal(expected is null, result.Flags.Contains("noReferenceValue"));
    }

    [Fact]
    public void Run_BelowTheLowestBand_NoReferenceValueNoNetBenefitNoHeadroom()
    {
        var result = Hta.Run(ValueFiles.Hta(burden: "0.05", extra: ", \"maxPlausibleDeltaQaly\": 0.3, \"deltaOtherCosts\": 0")).Result!;

        var json = JsonNode.Parse(ValueResultJson.ToUtf8Bytes(result))!;
        Assert.Null(json["referenceValue"]);
        Assert.Null(json["netMonetaryBenefit"]);
        Assert.Null(json["headroom"]);
        Assert.Equal("noReferenceValue", (string?)json["flags"]![0]);
        // The ICER itself does not depend on a reference value.
        Assert.Equal(36_921.18m, (decimal)json["icer"]!);
    }

    [Theory]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1, 2], "qalys": [1, 2]}, "comparator": {"costs": [1, 2], "qalys": [1]}, "diseaseBurden": 0.5}""", "comparator.qalys")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5}""", "intervention.costs")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 1.2}""", "diseaseBurden")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": -0.1}""", "diseaseBurden")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": ["Infinity"]}, "diseaseBurden": 0.5}""", "comparator.qalys[0]")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5}""", "comparator")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}}""", "diseaseBurden")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5, "maxPlausibleDeltaQaly": -1}""", "maxPlausibleDeltaQaly")]
    [InlineData("""{"rateSet": "discontovoet-2020", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5}""", "rateSet")]
    public void Run_BadInput_OneErrorAtItsPath(string json, string path)
    {
        var outcome = Hta.Run(json);

        Assert.False(outcome.Succeeded);
        Assert.Equal(path, Assert.Single(outcome.Errors).Path);
    }
}
