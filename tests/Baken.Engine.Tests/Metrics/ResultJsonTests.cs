using System.Text.Json;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Metrics;

public sealed class ResultJsonTests
{
    [Fact]
    public void Write_SuppressedSubgroup_IsOnlyTheSuppressedFlag()
    {
        var values = Enumerable.Range(0, 100).Select(i => i < 95 ? "big" : "small").ToList();
        var data = Synthetic.Create(100, 51, prevalence: 0.5);
        var set = PredictionSet.FromArrays(data.Labels.ToArray(), data.Scores.ToArray(), [SubgroupColumn.FromValues("size", values)]);

        using var json = Parse(Run(set));

        var small = json.RootElement.GetProperty("subgroups").GetProperty("size").GetProperty("small");
        Assert.Equal("""{"suppressed":true}""", JsonSerializer.Serialize(small));
        Assert.Equal(95, json.RootElement.GetProperty("subgroups").GetProperty("size").GetProperty("big").GetProperty("n").GetInt32());
    }

    [Fact]
    public void Write_UndefinedMetrics_AreWrittenAsNull()
    {
        using var json = Parse(Run(PredictionSet.FromArrays([0, 0, 0], [0.1, 0.5, 0.9])));

        var overall = json.RootElement.GetProperty("overall");
        foreach (var key in new[] { "auroc", "aurocSe", "aurocCi95", "auprc", "calibrationInTheLarge", "calibrationIntercept", "calibrationSlope" })
        {
            Assert.Equal(JsonValueKind.Null, overall.GetProperty(key).ValueKind);
        }

        // No positives: sensitivity (TP / (TP + FN)) has a zero denominator at every threshold.
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("thresholds")[0].GetProperty("sensitivity").ValueKind);
        Assert.Equal(0.0, overall.GetProperty("thresholds")[0].GetProperty("ppv").GetDouble());
    }

    [Fact]
    public void Write_WithoutBootstrap_HasNoBootstrapKey()
    {
        using var json = Parse(Run(Synthetic.Create(200, 52)));

        Assert.False(json.RootElement.GetProperty("overall").TryGetProperty("bootstrap", out _));
    }

    [Fact]
    public void Write_WithBootstrap_HasIntervalsForTheFourMetrics()
    {
        using var json = Parse(Run(Synthetic.Create(500, 53), new ClassifierOptions { BootstrapReplicates = 20 }));

        var bootstrap = json.RootElement.GetProperty("overall").GetProperty("bootstrap");
        Assert.Equal(20, bootstrap.GetProperty("replicates").GetInt32());
        foreach (var key in new[] { "aurocCi95", "auprcCi95", "brierCi95", "calibrationSlopeCi95" })
        {
            var interval = bootstrap.GetProperty(key);
            Assert.Equal(2, interval.GetArrayLength());
            Assert.True(interval[0].GetDouble() <= interval[1].GetDouble());
        }
    }

    [Fact]
    public void Write_Metadata_HasProvenanceKeys()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var result = ClassifierValidator.Run(Synthetic.Create(100, 54), new ClassifierOptions { BootstrapReplicates = 0, Seed = 9 }, clock,
            TestContext.Current.CancellationToken);

        using var json = Parse(result);

        var metadata = json.RootElement.GetProperty("metadata");
        Assert.Equal(
            ["engineVersion", "protocolId", "inputSha256", "rowsRead", "rowsUsed", "rowsRejected", "seed", "bootstrapReplicates",
             "startedAt", "finishedAt", "dataFrom", "dataTo"],
            metadata.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-06-01T12:00:00+00:00", metadata.GetProperty("startedAt").GetString());
        Assert.Equal(9, metadata.GetProperty("seed").GetInt64());
        Assert.Equal(100, metadata.GetProperty("rowsUsed").GetInt64());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("protocolId").ValueKind);
        Assert.Equal(
            ["metadata", "minCellSize", "overall", "subgroups"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ToUtf8Bytes_SameInputAndClock_IsByteIdentical()
    {
        var data = Synthetic.Create(2_000, 55, decimals: 2);
        var options = new ClassifierOptions { BootstrapReplicates = 30, Seed = 4 };

        Assert.Equal(ResultJson.ToUtf8Bytes(Run(data, options)), ResultJson.ToUtf8Bytes(Run(data, options)));
    }

    private static ClassifierResult Run(PredictionSet data, ClassifierOptions? options = null) =>
        ClassifierValidator.Run(data, options ?? new ClassifierOptions { BootstrapReplicates = 0 }, new FixedClock(),
            TestContext.Current.CancellationToken);

    private static JsonDocument Parse(ClassifierResult result) => JsonDocument.Parse(ResultJson.ToUtf8Bytes(result));
}
