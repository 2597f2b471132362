using System.Globalization;
using System.Text;
using Baken.Engine.Monitoring;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Monitoring;

public sealed class MonitoringReaderTests : IDisposable
{
    private const string Header = "id,y_true,y_score,age,sex,ward,prior_admissions";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "baken-monitoring-reader", Guid.NewGuid().ToString("N"));

    public MonitoringReaderTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReadCsv_EmptyCells_AreMissingOrUnlabelled()
    {
        var data = ReadRows(isReference: false, "a,,0.2,,F,icu,1", "b,1,0.9,70,,surgery,", "c,0,0.1,55,M,,0");

        Assert.False(data.HasErrors, string.Join("\n", data.Issues.Select(i => i.Message)));
        Assert.Equal((3, 2), (data.Count, data.LabelledRows));
        // Unlabelled rows, then missing per monitored column in plan order: y_score, age, prior_admissions, sex, ward.
        Assert.Equal([1L, 0L, 1L, 1L, 1L, 1L], data.Columns.Select(c => c.Missing()).Prepend(data.Labels!.Count(l => l < 0)));
    }

    [Fact]
    public void ReadCsv_NoLabelColumnInPeriod_ReadsWithoutLabels()
    {
        var data = ReadWithHeader(isReference: false, "id,y_score,age,sex,ward,prior_admissions", "a,0.2,60,F,icu,1");

        Assert.False(data.HasErrors);
        Assert.False(data.HasLabelColumn);
        Assert.Equal(0, data.LabelledRows);
    }

    [Fact]
    public void ReadCsv_NoLabelColumnInReference_IsAMissingColumnError()
    {
        var data = ReadWithHeader(isReference: true, "id,y_score,age,sex,ward,prior_admissions", "a,0.2,60,F,icu,1");

        var issue = Assert.Single(data.Issues);
        Assert.Equal((ReadIssueKind.MissingColumn, "y_true"), (issue.Kind, issue.Column));
    }

    [Theory]
    [InlineData("x,0,,60,F,icu,1", ReadIssueKind.MissingValue, "y_score", "every row needs a score")]
    [InlineData("x,0,high,60,F,icu,1", ReadIssueKind.NonNumeric, "y_score", "found 'high'")]
    [InlineData("x,0,1.5,60,F,icu,1", ReadIssueKind.ScoreOutOfRange, "y_score", "found 1.5")]
    [InlineData("x,0,NaN,60,F,icu,1", ReadIssueKind.ScoreNaN, "y_score", "found NaN")]
    [InlineData("x,2,0.5,60,F,icu,1", ReadIssueKind.LabelNotBinary, "y_true", "found '2'")]
    [InlineData("x,0,0.5,sixty,F,icu,1", ReadIssueKind.NonNumeric, "age", "found 'sixty'")]
    public void ReadCsv_BadCell_ReportsItsRowNumber(string badRow, ReadIssueKind kind, string column, string detail)
    {
        var data = ReadRows(isReference: false, "a,0,0.1,50,F,icu,0", "b,1,0.7,61,M,surgery,2", badRow, "d,0,0.3,45,F,icu,1");

        Assert.True(data.HasErrors);
        var issue = Assert.Single(data.Issues);
        Assert.Equal((kind, 3L, column), (issue.Kind, issue.Row, issue.Column));
        Assert.StartsWith("Row 3: ", issue.Message, StringComparison.Ordinal);
        Assert.Contains(detail, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_EmptyLabelInReference_IsAnError()
    {
        var data = ReadRows(isReference: true, "a,0,0.1,50,F,icu,0", "b,,0.7,61,M,surgery,2");

        var issue = Assert.Single(data.Issues);
        Assert.Equal((ReadIssueKind.MissingValue, 2L), (issue.Kind, issue.Row));
        Assert.Contains("the reference needs the outcome on every row", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_MissingPlanColumn_NamesIt()
    {
        var data = ReadWithHeader(isReference: false, "id,y_true,y_score,age,sex,prior_admissions", "a,0,0.2,60,F,1");

        var issue = Assert.Single(data.Issues);
        Assert.Equal((ReadIssueKind.MissingColumn, "ward"), (issue.Kind, issue.Column));
    }

    [Fact]
    public void ReadCsv_HeaderOnly_IsAnEmptyFileError()
    {
        var data = ReadRows(isReference: false);

        Assert.Equal(ReadIssueKind.EmptyFile, Assert.Single(data.Issues).Kind);
    }

    [Fact]
    public void ReadCsv_LargeFileReadInParts_EqualsASequentialReadWithFileRowNumbers()
    {
        // About 9 MB: read in parts on every core; the bad rows lie in different parts.
        var rows = Enumerable.Range(0, 150_000).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"id{i:D7},{(i % 3 == 0 ? "" : (i % 2).ToString(CultureInfo.InvariantCulture))},{(i * 0.6180339887498949) % 1:R},{20 + (i % 80)},{(i % 7 == 0 ? "X" + (i % 11) : "F")},ward{i % 5},{i % 4}")).ToArray();
        rows[17] = "id0000017,1,2.5,30,F,ward1,1";
        rows[140_001] = "id0140001,0,0.5,old,F,ward1,1";
        var path = Write("big.csv", rows);

        var parallel = MonitoringReader.ReadCsv(path, MonitoringFiles.Plan, isReference: false);
        using var stream = File.OpenRead(path);
        var sequential = MonitoringReader.ReadCsv(stream, MonitoringFiles.Plan, isReference: false);

        Assert.Equal([18L, 140_002L], parallel.Issues.Select(i => i.Row!.Value));
        Assert.Equal(sequential.Issues.Select(i => i.Message), parallel.Issues.Select(i => i.Message));
        Assert.Equal(sequential.Scores, parallel.Scores);
        Assert.Equal(sequential.Labels, parallel.Labels);
        for (var c = 0; c < sequential.Columns.Count; c++)
        {
            var (s, p) = (sequential.Columns[c], parallel.Columns[c]);
            Assert.Equal(s.Numbers, p.Numbers);
            Assert.Equal(s.Codes?.Select(code => code < 0 ? null : s.Categories![code]), p.Codes?.Select(code => code < 0 ? null : p.Categories![code]));
        }
    }

    [Fact]
    public void ReadCsv_QuotedFieldWithLineBreak_IsReadWhole()
    {
        var rows = Enumerable.Range(0, 120_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"id{i},1,0.{i % 97 + 1},{30 + (i % 50)},F,icu,1")).ToArray();
        rows[60_000] = "\"id\nwith a break\",0,0.5,40,M,icu,2";
        var path = Write("quoted.csv", rows);

        var data = MonitoringReader.ReadCsv(path, MonitoringFiles.Plan, isReference: false);

        Assert.False(data.HasErrors);
        Assert.Equal(120_000, data.Count);
        Assert.Equal(0, data.Labels![60_000]);
    }

    private static MonitoringData ReadRows(bool isReference, params string[] rows) => ReadWithHeader(isReference, Header, rows);

    private static MonitoringData ReadWithHeader(bool isReference, string header, params string[] rows)
    {
        var text = string.Join("\n", rows.Prepend(header)) + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return MonitoringReader.ReadCsv(stream, MonitoringFiles.Plan, isReference);
    }

    private string Write(string name, string[] rows)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, string.Join("\n", rows.Prepend(Header)) + "\n");
        return path;
    }
}
