using System.Text;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;
using Parquet;
using Parquet.Schema;

namespace Baken.Engine.Tests.Readers;

public sealed class ParquetReaderTests
{
    private static readonly string[] SubgroupNames = ["sex", "age_band", "site"];

    [Fact]
    public async Task ReadParquetAsync_GoldenCaseWrittenAsParquet_GivesTheSameMetricsAsTheCsv()
    {
        var ct = TestContext.Current.CancellationToken;
        var columns = new PredictionColumns { SubgroupColumns = SubgroupNames };
        var fromCsv = PredictionReader.ReadCsv(GoldenFiles.Csv("synthetic_100k"), columns, ct);
        var parquet = await WriteParquetAsync(fromCsv, rowGroups: 3);

        var fromParquet = await PredictionReader.ReadParquetAsync(new MemoryStream(parquet), columns, ct);

        Assert.Empty(fromParquet.Issues);
        Assert.Equal(fromCsv.Count, fromParquet.Count);
        var options = new ClassifierOptions { BootstrapReplicates = 0 };
        var clock = new FixedClock();
        var csvResult = ClassifierValidator.Run(fromCsv, options, clock, ct);
        var parquetResult = ClassifierValidator.Run(fromParquet, options, clock, ct);
        Assert.Equal(Json(csvResult with { Metadata = csvResult.Metadata with { InputSha256 = null } }),
                     Json(parquetResult with { Metadata = parquetResult.Metadata with { InputSha256 = null } }));
    }

    [Fact]
    public async Task ReadParquetAsync_BadValuesInLaterRowGroup_ReportsFileRowNumbers()
    {
        var ct = TestContext.Current.CancellationToken;
        var schema = new ParquetSchema(new DataField<long>("y_true"), new DataField<double?>("y_score"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: ct))
        {
            await WriteRowGroupAsync(writer, schema, [0, 1, 0], [0.1, 0.9, 0.2]);
            await WriteRowGroupAsync(writer, schema, [1, 2, 1, 0], [0.8, 0.5, null, double.NaN]);
        }

        stream.Position = 0;
        var data = await PredictionReader.ReadParquetAsync(stream, new PredictionColumns(), ct);

        Assert.Equal(
            [(ReadIssueKind.LabelNotBinary, 5L), (ReadIssueKind.MissingValue, 6L), (ReadIssueKind.ScoreNaN, 7L)],
            data.Issues.Select(i => (i.Kind, i.Row ?? -1)));
        Assert.Equal(7, data.RowsRead);
        Assert.Equal(4, data.Count);
    }

    [Fact]
    public async Task ReadParquetAsync_MissingColumn_ReportsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var schema = new ParquetSchema(new DataField<long>("y_true"), new DataField<double?>("score"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: ct))
        {
            await WriteRowGroupAsync(writer, schema, [0, 1], [0.1, 0.9]);
        }

        stream.Position = 0;
        var data = await PredictionReader.ReadParquetAsync(stream, new PredictionColumns(), ct);

        var issue = Assert.Single(data.Issues);
        Assert.Equal((ReadIssueKind.MissingColumn, "y_score"), (issue.Kind, issue.Column));
    }

    [Fact]
    public async Task ReadParquetAsync_BooleanLabelsFloatScoresAndTimestamps_AreWidened()
    {
        var ct = TestContext.Current.CancellationToken;
        var label = new DataField<bool>("y_true");
        var score = new DataField<float>("y_score");
        var site = new DataField<int>("site");
        var at = new DataField<DateTime>("at");
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(label, score, site, at), stream, cancellationToken: ct))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<bool>(label, new[] { true, false }, cancellationToken: ct);
            await group.WriteAsync<float>(score, new[] { 0.75f, 0.25f }, cancellationToken: ct);
            await group.WriteAsync<int>(site, new[] { 7, 7 }, cancellationToken: ct);
            await group.WriteAsync<DateTime>(at, new[] { new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc), new DateTime(2024, 5, 2, 8, 0, 0, DateTimeKind.Utc) }, cancellationToken: ct);
        }

        stream.Position = 0;
        var data = await PredictionReader.ReadParquetAsync(stream, new PredictionColumns { SubgroupColumns = ["site"], TimestampColumn = "at" }, ct);

        Assert.Empty(data.Issues);
        Assert.Equal([1, 0], data.Labels.ToArray());
        Assert.Equal([0.75, 0.25], data.Scores.ToArray());
        Assert.Equal(["7"], data.Subgroups[0].Values);
        Assert.Equal(new DateTime(2024, 5, 2, 8, 0, 0, DateTimeKind.Utc), data.Timestamps[1]);
    }

    [Fact]
    public async Task ReadParquetAsync_TextColumns_AreParsedLikeCsv()
    {
        var ct = TestContext.Current.CancellationToken;
        var label = new DataField<string>("y_true");
        var score = new DataField<string>("y_score");
        var sex = new DataField<string>("sex");
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(label, score, sex), stream, cancellationToken: ct))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(label, new[] { "1", "0", "x" });
            await group.WriteAsync(score, new[] { "0.75", "0.25", "0.5" });
            await group.WriteAsync(sex, new[] { "F", null, "M" });
        }

        stream.Position = 0;
        var data = await PredictionReader.ReadParquetAsync(stream, new PredictionColumns { SubgroupColumns = ["sex"] }, ct);

        Assert.Equal((ReadIssueKind.NonNumeric, 3L), (Assert.Single(data.Issues).Kind, data.Issues[0].Row ?? -1));
        Assert.Equal([0.75, 0.25], data.Scores.ToArray());
        Assert.Equal(["F", ""], data.Subgroups[0].Codes.ToArray().Select(c => data.Subgroups[0].Values[c]));
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ParquetSchema schema, long[] labels, double?[] scores)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(schema.DataFields[0], labels, cancellationToken: TestContext.Current.CancellationToken);
        await group.WriteAsync<double>(schema.DataFields[1], scores, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<byte[]> WriteParquetAsync(PredictionSet data, int rowGroups)
    {
        var ct = TestContext.Current.CancellationToken;
        var label = new DataField<int>("y_true");
        var score = new DataField<double>("y_score");
        var subgroups = data.Subgroups.Select(s => new DataField<string>(s.Name)).ToArray();
        var schema = new ParquetSchema([label, score, .. subgroups]);
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: ct))
        {
            var size = (data.Count + rowGroups - 1) / rowGroups;
            for (var start = 0; start < data.Count; start += size)
            {
                var end = Math.Min(start + size, data.Count);
                using var group = writer.CreateRowGroup();
                await group.WriteAsync<int>(label, data.Labels[start..end].ToArray().Select(l => (int)l).ToArray(), cancellationToken: ct);
                await group.WriteAsync<double>(score, data.Scores[start..end].ToArray(), cancellationToken: ct);
                for (var s = 0; s < subgroups.Length; s++)
                {
                    var column = data.Subgroups[s];
                    await group.WriteAsync(subgroups[s], column.Codes[start..end].ToArray().Select(c => column.Values[c]).ToList());
                }
            }
        }

        return stream.ToArray();
    }

    private static string Json(ClassifierResult result) => Encoding.UTF8.GetString(ResultJson.ToUtf8Bytes(result));
}
