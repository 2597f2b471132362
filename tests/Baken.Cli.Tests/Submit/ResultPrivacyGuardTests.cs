using System.Text.Json.Nodes;
using Baken.Cli.Submit;
using Baken.Cli.Tests.Validation;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Cli.Tests.Submit;

/// <summary>The allow-list a result must pass before <c>baken submit</c> sends it.</summary>
public sealed class ResultPrivacyGuardTests
{
    private static readonly Lazy<string> EngineResult = new(() =>
    {
        var columns = new PredictionColumns { SubgroupColumns = ["sex", "age_band", "site"] };
        var data = PredictionReader.ReadCsv(ValidationFiles.Csv("synthetic_100k"), columns);
        var result = ClassifierValidator.Run(data, new ClassifierOptions { BootstrapReplicates = 20 });
        return System.Text.Encoding.UTF8.GetString(ResultJson.ToUtf8Bytes(result));
    });

    [Fact]
    public void Check_EngineResultWithSuppressedCell_Passes()
    {
        var result = Fresh();
        Assert.Equal(true, (bool?)result["subgroups"]!["sex"]!["X"]!["suppressed"]);

        Assert.Empty(ResultPrivacyGuard.Check(result));
    }

    [Fact]
    public void Check_SuppressedCellCarryingNumbers_IsRefused()
    {
        var result = Fresh();
        result["subgroups"]!["sex"]!["X"]!.AsObject()["n"] = 7;

        var problem = Assert.Single(ResultPrivacyGuard.Check(result));

        Assert.StartsWith("subgroups.sex.X: a suppressed cell must be exactly", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SmallCellThatWasNotSuppressed_IsRefused()
    {
        var result = Fresh();
        var cell = result["subgroups"]!["sex"]!["F"]!.AsObject();
        cell["positives"] = 4;

        Assert.Contains(ResultPrivacyGuard.Check(result), p => p.StartsWith("subgroups.sex.F: fewer than 10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rows")]
    [InlineData("predictions")]
    public void Check_UnknownTopLevelPart_IsRefused(string key)
    {
        var result = Fresh();
        result[key] = new JsonArray(new JsonObject { ["id"] = "r0000001", ["y_score"] = 0.4 });

        Assert.Contains(ResultPrivacyGuard.Check(result), p => p.StartsWith($"{key}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TextSmuggledIntoAMetric_IsRefused()
    {
        var result = Fresh();
        result["overall"]!["thresholds"]![0]!.AsObject()["note"] = "patient r0000001";
        result["overall"]!.AsObject()["auroc"] = "r0000001";

        var problems = ResultPrivacyGuard.Check(result);

        Assert.Contains(problems, p => p.StartsWith("overall.thresholds[0]:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("overall.auroc:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SubgroupColumnWithIdentifierLikeValues_IsRefused()
    {
        var result = Fresh();
        var ids = new JsonObject();
        for (var i = 0; i < 150; i++)
        {
            ids[$"r{i:0000000}"] = new JsonObject { ["suppressed"] = true };
        }

        result["subgroups"]!.AsObject()["id"] = ids;

        Assert.Contains(ResultPrivacyGuard.Check(result), p => p.StartsWith("subgroups.id: 150 values", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WeakerSmallCellRule_IsRefused()
    {
        var result = Fresh();
        result["minCellSize"] = 1;

        Assert.Contains(ResultPrivacyGuard.Check(result), p => p.StartsWith("minCellSize:", StringComparison.Ordinal));
    }

    private static JsonObject Fresh() => JsonNode.Parse(EngineResult.Value)!.AsObject();
}
