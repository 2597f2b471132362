using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Classification;
using Json.Schema;

namespace Baken.Core.Tests.Classification;

/// <summary>
/// content/classification/schema.json is for content editors; start-up checks use the compiler.
/// These tests keep the two in step: the shipped content passes the schema, and the schema knows
/// exactly the facts the code knows.
/// </summary>
public sealed class RuleSchemaTests
{
    private static readonly string Folder = Path.Combine(RuleContentTests.RepositoryRoot(), "content", "classification");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "schema.json")));

    public static TheoryData<string> RuleFiles => [.. Directory.GetFiles(Folder, "rules-*.json").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Schema_ShippedRuleFile_IsValid(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));

        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Schema_UnknownField_IsInvalid()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "rules-1.0.json")))!;
        json["steps"]![0]!["colour"] = "red";
        using var document = JsonDocument.Parse(json.ToJsonString());

        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Schema_FactNames_MatchTheCode()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "schema.json")))!;
        var factCondition = schema["$defs"]!["condition"]!["oneOf"]!.AsArray().Single(c => c!["required"]![0]!.GetValue<string>() == "fact")!;

        var names = factCondition["properties"]!["fact"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(FactCatalog.All.Select(f => f.Name), names);
    }
}
