using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Baken.Cli.Tests.Validation;

/// <summary>A throw-away folder per test, the shared golden data, and small protocol files.</summary>
internal sealed class ValidationFiles : IDisposable
{
    public const string ProtocolId = "0196a8f2-1111-7000-8000-000000000001";

    public ValidationFiles() => System.IO.Directory.CreateDirectory(Directory);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "baken-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The golden cases: the repository is always checked out next to shared/.</summary>
    public static string GoldenDirectory { get; } = LocateGolden();

    public static string Csv(string name) => Path.Combine(GoldenDirectory, name + ".csv");

    public static JsonObject Golden(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(GoldenDirectory, name + ".golden.json")))!.AsObject();

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    /// <summary>A protocol file as the platform serves it, with two criteria that the breast cancer case meets and misses.</summary>
    public string WriteProtocol(int minimumSampleSize = 100, int bootstrap = 0, string thresholds = "[0.3, 0.5]", string subgroups = "[]") =>
        Write("protocol.json", string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "schema": "baken.validation-protocol/1",
              "id": "{{ProtocolId}}",
              "productId": "0196a8f2-2222-7000-8000-000000000002",
              "version": 3,
              "title": "Breast cancer classifier <local check>",
              "taskType": "classification",
              "labelColumn": "y_true",
              "scoreColumn": "y_score",
              "metrics": ["auroc", "calibrationSlope"],
              "thresholds": {{thresholds}},
              "subgroups": {{subgroups}},
              "minimumSampleSize": {{minimumSampleSize}},
              "bootstrapReplicates": {{bootstrap}},
              "criteria": [
                { "id": "auroc-lower", "metric": "aurocCi95.lower", "operator": ">=", "value": 0.95 },
                { "id": "slope-range", "metric": "calibrationSlope", "operator": "between", "value": 0.8, "upper": 1.2 }
              ]
            }
            """));

    /// <summary>Runs validate with the protocol on the breast cancer case and returns the result's path.</summary>
    public async Task<string> ValidatedResultAsync(params string[] extra)
    {
        var output = PathOf("result.json");
        var (code, text) = await ValidationCli.RunAsync([
            "validate", "--predictions", Csv("breast_cancer_logreg"), "--protocol", WriteProtocol(), "--output", output, .. extra]);
        Assert.True(code == 0, text);
        return output;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failing cleanup must not fail the test.
        }
    }

    private static string LocateGolden()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        var golden = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "validation"));
        return golden is not null && System.IO.Directory.Exists(golden)
            ? golden
            : throw new InvalidOperationException($"No shared/data/validation next to the repository above {AppContext.BaseDirectory}.");
    }
}
