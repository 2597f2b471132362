using System.Text.Json.Nodes;
using Baken.Engine.Value;

namespace Baken.Engine.Tests.Value;

public sealed class RateSetCatalogTests
{
    [Fact]
    public void Default_ShippedContent_HasTheThreeDatedSets()
    {
        var catalog = RateSetCatalog.Default;

        Assert.Equal(["discontovoet-2020", "zin-2016", "zin-2024"], catalog.RateSets.Select(s => s.Id));
        var mkba = catalog.Find("discontovoet-2020")!;
        Assert.Equal((0.0225m, 0.016m, -0.01m), (mkba.Rates["standard"], mkba.Rates["fixedSunk"], mkba.Rates["riskFree"]));
        Assert.Equal(new DateOnly(2021, 1, 1), mkba.ValidFrom);
        var zin = catalog.Find("zin-2024")!;
        Assert.Equal((0.03m, 0.015m, new DateOnly(2024, 1, 16)), (zin.Rates["costs"], zin.Rates["effects"], zin.PublishedOn));
        Assert.Equal((0.04m, 0.015m), (catalog.Find("zin-2016")!.Rates["costs"], catalog.Find("zin-2016")!.Rates["effects"]));
        Assert.Equal([20_000m, 50_000m, 80_000m], zin.ReferenceValues!.Bands.Select(b => b.ValuePerQaly));
    }

    [Fact]
    public void Merge_IdAlreadyKnown_IsRefused()
    {
        var again = RateSetCatalog.Parse(File.ReadAllText(Path.Combine(ValueFiles.Content, "rate-sets-1.0.json"))).Result!;

        var outcome = RateSetCatalog.Default.Merge(again);

        Assert.Equal(3, outcome.Errors.Count);
        Assert.Contains("'discontovoet-2020' already exists", outcome.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TestFile_HasItsOwnBandsAndRates()
    {
        var catalog = RateSetCatalog.Parse(File.ReadAllText(ValueFiles.TestRateSets)).Result!;

        var hta = catalog.Find("hta-test")!;
        // 0.495 lies between the printed bands (to 0.49, from 0.5): the lower one, by the edge rule.
        Assert.Equal([30_000m, 30_000m, 60_000m], new[] { 0.0, 0.495, 0.5 }.Select(b => hta.ReferenceValues!.BandFor(b)!.ValuePerQaly));
        Assert.Equal(0m, catalog.Find("discontovoet-test")!.Rates["riskFree"]);
    }

    public static TheoryData<string, string> Breakages => new()
    {
        { "$.schema", "schema" },
        { "$.rateSets[0].rates.fixedSunk", "rateSets[0].rates.fixedSunk" },
        { "$.rateSets[1].referenceValues=nothing", "rateSets[1].referenceValues" },
        { "$.referenceValues[0].bands[1].from=0.3", "referenceValues[0].bands[1].from" },
        { "$.rateSets[0].publishedOn=21-12-2020", "rateSets[0].publishedOn" },
        { "$.rateSets[2].id=zin-2024", "rateSets[2].id" },
        { "$.rateSets[0].kind=cba", "rateSets[0].kind" },
        { "$.rateSets[0].rates.standard=2.25", "rateSets[0].rates.standard" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Parse_BrokenContent_ErrorAtTheJsonPath(string change, string paths)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(ValueFiles.Content, "rate-sets-1.0.json")))!;
        Apply(json, change);

        var outcome = RateSetCatalog.Parse(json.ToJsonString());

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => paths.Split('|').Contains(e.Path));
    }

    // "$.a[0].b" removes the field; "$.a[0].b=v" sets it (a number when v parses as one).
    private static void Apply(JsonNode root, string change)
    {
        var (path, value) = change.Contains('=', StringComparison.Ordinal) ? (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]) : (change, null);
        var parts = path[2..].Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        var last = parts[^1];
        if (value is null)
        {
            node.AsObject().Remove(last);
        }
        else
        {
            node[last] = double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(value);
        }
    }
}
