using Baken.Engine.Value;

namespace Baken.Engine.Tests.Value;

public sealed class MkbaInputTests
{
    private static InputError SingleError(string json)
    {
        var outcome = Mkba.Run(json);
        Assert.False(outcome.Succeeded);
        return Assert.Single(outcome.Errors);
    }

    private static string Item(string item) => $$"""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "careProviders", "name": "a", "flows": [-1, 2]}, {{item}}]}""";

    [Fact]
    public void Run_UnknownRateSet_ErrorAtRateSetNamesTheKnownOnes()
    {
        var error = SingleError(ValueFiles.WorkedExample.Replace("discontovoet-2020", "discontovoet-1999", StringComparison.Ordinal));

        Assert.Equal("rateSet", error.Path);
        Assert.Contains("no rate set 'discontovoet-1999'", error.Message, StringComparison.Ordinal);
        Assert.Contains("discontovoet-2020", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HtaRateSet_ErrorAtRateSet()
    {
        var error = SingleError(ValueFiles.WorkedExample.Replace("discontovoet-2020", "zin-2024", StringComparison.Ordinal));

        Assert.Equal(("rateSet", true), (error.Path, error.Message.Contains("for an HTA", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_RiskFreeWithoutJustification_ErrorAtTheItemsJustification()
    {
        var error = SingleError(Item("""{"stakeholder": "patients", "name": "b", "kind": "riskFree", "flows": [1]}"""));

        Assert.Equal("items[1].justification", error.Path);
    }

    [Theory]
    [InlineData("""{"stakeholder": "patients", "name": "b", "flows": []}""", "items[1].flows")]
    [InlineData("""{"stakeholder": "patients", "name": "b", "flows": [1, "NaN"]}""", "items[1].flows[1]")]
    [InlineData("""{"stakeholder": "patients", "name": "b", "flows": [1e400]}""", "items[1].flows[0]")]
    [InlineData("""{"stakeholder": "patients", "name": "b", "flows": [2e15]}""", "items[1].flows[0]")]
    [InlineData("""{"stakeholder": "patients", "name": "b", "flows": "100"}""", "items[1].flows")]
    [InlineData("""{"stakeholder": "Care providers", "name": "b", "flows": [1]}""", "items[1].stakeholder")]
    [InlineData("""{"stakeholder": "patients", "name": " ", "flows": [1]}""", "items[1].name")]
    [InlineData("""{"stakeholder": "patients", "name": "b", "kind": "sunk", "flows": [1]}""", "items[1].kind")]
    [InlineData("""{"name": "b", "flows": [1]}""", "items[1].stakeholder")]
    [InlineData("""7""", "items[1]")]
    public void Run_BadItem_ErrorAtItsPath(string item, string path)
    {
        Assert.Equal(path, SingleError(Item(item)).Path);
    }

    [Theory]
    [InlineData("""{"items": []}""", "rateSet")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": []}""", "items")]
    [InlineData("""{"rateSet": "discontovoet-2020"}""", "items")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "flows": [1]}], "sensitivity": {"flowChange": 2}}""", "sensitivity.flowChange")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "flows": [1]}], "sensitivity": {"discountRateDelta": -0.01}}""", "sensitivity.discountRateDelta")]
    [InlineData("""[1, 2]""", "$")]
    [InlineData("""{"rateSet": """, "$")]
    public void Run_BadDocument_ErrorAtItsPath(string json, string path)
    {
        Assert.Contains(Mkba.Run(json).Errors, e => e.Path == path);
    }

    [Fact]
    public void Run_SeveralMistakes_ReportsThemAllInDocumentOrder()
    {
        var outcome = Mkba.Run("""{"rateSet": "nope", "items": [{"stakeholder": "a", "name": "b", "flows": []}, {"stakeholder": "a", "name": "c", "kind": "riskFree", "flows": [1]}]}""");

        Assert.Equal(["rateSet", "items[0].flows", "items[1].justification"], outcome.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Run_ExtraFieldsEverywhere_AreAccepted()
    {
        var outcome = Mkba.Run("""
            {"rateSet": "discontovoet-2020", "author": "x", "notes": {"a": [1, 2]},
             "items": [{"stakeholder": "insurers", "name": "b", "flows": [-1, 2], "unit": "euro", "source": "study"}],
             "sensitivity": {"flowChange": 0.1, "comment": "narrow"}}
            """);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }

    [Fact]
    public void Run_Utf8FileWithByteOrderMark_IsRead()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(ValueFiles.WorkedExample)).ToArray();

        Assert.True(Mkba.Run(bytes).Succeeded);
    }
}
