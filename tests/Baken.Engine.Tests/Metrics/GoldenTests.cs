using System.Collections.Concurrent;
using System.Text.Json;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Metrics;

/// Every metric of every golden case, overall and per subgroup value (including suppression),
/// through the real pipeline: CSV reader, validator, JSON writer.
public sealed class GoldenTests
{
    private static readonly ConcurrentDictionary<string, Lazy<(JsonDocument Golden, JsonDocument Actual)>> Runs = new();

    public static TheoryData<string, string> Scopes()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in GoldenFiles.Cases)
        {
            using var golden = JsonDocument.Parse(File.ReadAllBytes(GoldenFiles.Golden(name)));
            data.Add(name, "overall");
            foreach (var column in golden.RootElement.GetProperty("subgroups").EnumerateObject())
            {
                foreach (var value in column.Value.EnumerateObject())
                {
                    data.Add(name, $"subgroups/{column.Name}/{value.Name}");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Run_GoldenCase_MatchesGoldenMetrics(string name, string scope)
    {
        var (golden, actual) = Run(name);
        var path = scope.Split('/');
        var expected = golden.RootElement;
        var computed = actual.RootElement;
        foreach (var part in path)
        {
            expected = expected.GetProperty(part);
            Assert.True(computed.TryGetProperty(part, out computed), $"'{part}' of {scope} is missing in the result");
        }

        var differences = JsonComparison.Differences(expected, computed, scope);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_GoldenCase_HasTheGoldenSubgroupsAndCellSize(string name)
    {
        var (golden, actual) = Run(name);
        Assert.Equal(golden.RootElement.GetProperty("minCellSize").GetInt32(), actual.RootElement.GetProperty("minCellSize").GetInt32());
        var expectedKeys = golden.RootElement.GetProperty("subgroups").EnumerateObject()
            .Select(c => c.Name + ":" + string.Join(",", c.Value.EnumerateObject().Select(v => v.Name)));
        var actualKeys = actual.RootElement.GetProperty("subgroups").EnumerateObject()
            .Select(c => c.Name + ":" + string.Join(",", c.Value.EnumerateObject().Select(v => v.Name)));
        Assert.Equal(expectedKeys, actualKeys);
    }

    public static TheoryData<string> Cases() => [.. GoldenFiles.Cases];

    private static (JsonDocument Golden, JsonDocument Actual) Run(string name) =>
        Runs.GetOrAdd(name, n => new Lazy<(JsonDocument, JsonDocument)>(() => Compute(n))).Value;

    private static (JsonDocument Golden, JsonDocument Actual) Compute(string name)
    {
        var golden = JsonDocument.Parse(File.ReadAllBytes(GoldenFiles.Golden(name)));
        var root = golden.RootElement;
        var thresholds = root.GetProperty("overall").GetProperty("thresholds").EnumerateArray()
            .Select(t => t.GetProperty("threshold").GetDouble()).ToList();
        var subgroupColumns = root.GetProperty("subgroups").EnumerateObject().Select(c => c.Name).ToList();

        var data = PredictionReader.ReadCsv(GoldenFiles.Csv(name), new PredictionColumns { SubgroupColumns = subgroupColumns }, TestContext.Current.CancellationToken);
        Assert.Empty(data.Issues);
        var options = new ClassifierOptions
        {
            Thresholds = thresholds,
            BootstrapReplicates = 0,
            MinCellSize = root.GetProperty("minCellSize").GetInt32(),
        };
        var result = ClassifierValidator.Run(data, options);
        return (golden, JsonDocument.Parse(ResultJson.ToUtf8Bytes(result)));
    }
}
