using System.Text.Json;
using Baken.Engine.Value;
using Json.Schema;

namespace Baken.Engine.Tests.Value;

/// <summary>
/// content/value/*-input.schema.json document the inputs for study authors; the engine checks them
/// by hand. These tests keep the two in step: every example the engine accepts passes the schema,
/// and every mistake the schema can see is refused by both, at the same field.
/// </summary>
public sealed class InputSchemaTests
{
    private static readonly JsonSchema MkbaSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(ValueFiles.Content, "mkba-input.schema.json")));
    private static readonly JsonSchema HtaSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(ValueFiles.Content, "hta-input.schema.json")));

    [Theory]
    [InlineData(ValueFiles.WorkedExample)]
    [InlineData(ValueFiles.FourStakeholders)]
    public void MkbaSchema_ExamplesTheEngineAccepts_AreValid(string json)
    {
        Assert.True(Mkba.Run(json).Succeeded);
        Assert.True(Valid(MkbaSchema, json));
    }

    [Fact]
    public void HtaSchema_ExampleTheEngineAccepts_IsValid()
    {
        var json = ValueFiles.Hta(extra: ", \"maxPlausibleDeltaQaly\": 0.3, \"deltaOtherCosts\": 1000, \"note\": \"extra\"");

        Assert.True(Hta.Run(json).Succeeded);
        Assert.True(Valid(HtaSchema, json));
    }

    [Theory]
    [InlineData("""{"items": [{"stakeholder": "a", "name": "b", "flows": [1]}]}""", "rateSet")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": []}""", "items")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "flows": []}]}""", "items[0].flows")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "flows": [2e15]}]}""", "items[0].flows[0]")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "flows": ["NaN"]}]}""", "items[0].flows[0]")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "A b", "name": "b", "flows": [1]}]}""", "items[0].stakeholder")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "kind": "sunk", "flows": [1]}]}""", "items[0].kind")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "kind": "riskFree", "flows": [1]}]}""", "items[0].justification")]
    [InlineData("""{"rateSet": "discontovoet-2020", "items": [{"stakeholder": "a", "name": "b", "flows": [1]}], "sensitivity": {"flowChange": 1.5}}""", "sensitivity.flowChange")]
    public void MkbaSchema_Mistake_RefusedByBoth(string json, string path)
    {
        Assert.False(Valid(MkbaSchema, json));
        Assert.Contains(Mkba.Run(json).Errors, e => e.Path == path);
    }

    [Theory]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 1.5}""", "diseaseBurden")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5}""", "intervention.costs")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5}""", "comparator")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": [1]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5, "maxPlausibleDeltaQaly": -0.1}""", "maxPlausibleDeltaQaly")]
    [InlineData("""{"rateSet": "zin-2024", "intervention": {"costs": [1], "qalys": ["x"]}, "comparator": {"costs": [1], "qalys": [1]}, "diseaseBurden": 0.5}""", "intervention.qalys[0]")]
    public void HtaSchema_Mistake_RefusedByBoth(string json, string path)
    {
        Assert.False(Valid(HtaSchema, json));
        Assert.Contains(Hta.Run(json).Errors, e => e.Path == path);
    }

    [Fact]
    public void MkbaSchema_Kinds_AreTheEnginesFlowKinds()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ValueFiles.Content, "mkba-input.schema.json")));
        var kinds = schema.RootElement.GetProperty("properties").GetProperty("items").GetProperty("items")
            .GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(Enum.GetValues<FlowKind>().Select(ValueResultJson.KindName), kinds);
    }

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }
}
