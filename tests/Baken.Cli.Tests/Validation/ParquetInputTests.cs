using System.Text.Json.Nodes;
using Baken.Engine.Readers;
using Parquet;
using Parquet.Schema;

namespace Baken.Cli.Tests.Validation;

public sealed class ParquetInputTests : IDisposable
{
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Validate_ParquetFile_IsReadByExtensionAndGivesTheGoldenAuroc()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = PredictionReader.ReadCsv(ValidationFiles.Csv("breast_cancer_logreg"), new PredictionColumns(), ct);
        var label = new DataField<int>("y_true");
        var score = new DataField<double>("y_score");
        var path = _files.PathOf("predictions.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(label, score), stream, cancellationToken: ct))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(label, data.Labels.ToArray().Select(l => (int)l).ToArray(), cancellationToken: ct);
            await group.WriteAsync<double>(score, data.Scores.ToArray(), cancellationToken: ct);
        }

        var (code, text) = await ValidationCli.RunAsync("validate", "--predictions", path, "--bootstrap", "0", "--output", _files.PathOf("result.json"));

        Assert.True(code == 0, text);
        var result = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("result.json"), ct))!;
        var golden = (double)ValidationFiles.Golden("breast_cancer_logreg")["overall"]!["auroc"]!;
        Assert.Equal(golden, (double)result["overall"]!["auroc"]!, golden * 1e-9);
    }
}
