using System.Security.Cryptography;
using System.Text;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Readers;

public sealed class CsvReaderTests
{
    private static readonly PredictionColumns Columns = new();

    [Fact]
    public void ReadCsv_MissingScoreColumn_ReportsMissingColumnAndReadsNothing()
    {
        var data = Read("id,y_true,score\na,0,0.5\n");

        var issue = Assert.Single(data.Issues);
        Assert.Equal(ReadIssueKind.MissingColumn, issue.Kind);
        Assert.Equal("y_score", issue.Column);
        Assert.Equal(0, data.Count);
        Assert.True(data.HasErrors);
    }

    [Fact]
    public void ReadCsv_MissingSubgroupColumns_ReportsEachOne()
    {
        var data = Read("y_true,y_score\n0,0.5\n", Columns with { SubgroupColumns = ["sex", "site"] });

        Assert.Equal(["sex", "site"], data.Issues.Select(i => i.Column));
        Assert.All(data.Issues, i => Assert.Equal(ReadIssueKind.MissingColumn, i.Kind));
    }

    [Fact]
    public void ReadCsv_NonNumericScore_RejectsThatRowWithItsNumber()
    {
        var data = Read("y_true,y_score\n0,0.1\n1,abc\n1,0.9\n");

        var issue = Assert.Single(data.Issues);
        Assert.Equal(ReadIssueKind.NonNumeric, issue.Kind);
        Assert.Equal(2, issue.Row);
        Assert.Equal("y_score", issue.Column);
        Assert.Contains("abc", issue.Message, StringComparison.Ordinal);
        Assert.Equal(3, data.RowsRead);
        Assert.Equal(2, data.Count);
        Assert.Equal(1, data.RowsRejected);
        Assert.Equal([0.1, 0.9], data.Scores.ToArray());
    }

    [Fact]
    public void ReadCsv_NonNumericLabel_ReportsNonNumeric()
    {
        var data = Read("y_true,y_score\nyes,0.1\n");

        Assert.Equal((ReadIssueKind.NonNumeric, 1L, "y_true"), Single(data));
    }

    [Fact]
    public void ReadCsv_LabelTwo_ReportsLabelNotBinary()
    {
        var data = Read("y_true,y_score\n0,0.1\n1,0.2\n2,0.3\n");

        Assert.Equal((ReadIssueKind.LabelNotBinary, 3L, "y_true"), Single(data));
        Assert.Equal(2, data.Count);
    }

    [Fact]
    public void ReadCsv_LabelWrittenAsOnePointZero_IsAccepted()
    {
        var data = Read("y_true,y_score\n1.0,0.1\n0.0,0.2\n");

        Assert.Empty(data.Issues);
        Assert.Equal([1, 0], data.Labels.ToArray());
    }

    [Fact]
    public void ReadCsv_ScoreAboveOne_ReportsScoreOutOfRange()
    {
        var data = Read("y_true,y_score\n0,0.1\n1,1.5\n1,0.7\n");

        Assert.Equal((ReadIssueKind.ScoreOutOfRange, 2L, "y_score"), Single(data));
    }

    [Fact]
    public void ReadCsv_NegativeScore_ReportsScoreOutOfRange()
    {
        var data = Read("y_true,y_score\n0,-0.01\n1,0.5\n0,0.2\n");

        Assert.Equal((ReadIssueKind.ScoreOutOfRange, 1L, "y_score"), Single(data));
    }

    [Fact]
    public void ReadCsv_NaNScore_ReportsScoreNaN()
    {
        var data = Read("y_true,y_score\n0,0.1\n1,0.6\n1,NaN\n");

        Assert.Equal((ReadIssueKind.ScoreNaN, 3L, "y_score"), Single(data));
    }

    [Fact]
    public void ReadCsv_EmptyScore_ReportsMissingValue()
    {
        var data = Read("y_true,y_score\n0,0.1\n1,\n1,0.8\n");

        Assert.Equal((ReadIssueKind.MissingValue, 2L, "y_score"), Single(data));
    }

    [Fact]
    public void ReadCsv_ShortRow_ReportsMissingValue()
    {
        var data = Read("y_true,y_score\n0,0.1\n1\n1,0.8\n");

        Assert.Equal((ReadIssueKind.MissingValue, 2L, "y_score"), Single(data));
    }

    [Fact]
    public void ReadCsv_BadLabelAndBadScoreInOneRow_ReportsBoth()
    {
        var data = Read("y_true,y_score\n0,0.1\n3,7\n1,0.8\n");

        Assert.Equal([ReadIssueKind.LabelNotBinary, ReadIssueKind.ScoreOutOfRange], data.Issues.Select(i => i.Kind));
        Assert.All(data.Issues, i => Assert.Equal(2, i.Row));
        Assert.Equal(1, data.RowsRejected);
    }

    [Fact]
    public void ReadCsv_EmptyFile_ReportsEmptyFile()
    {
        var data = Read("");

        Assert.Equal(ReadIssueKind.EmptyFile, Assert.Single(data.Issues).Kind);
        Assert.Equal(0, data.Count);
    }

    [Fact]
    public void ReadCsv_HeaderOnly_ReportsEmptyFile()
    {
        var data = Read("y_true,y_score\n");

        Assert.Equal(ReadIssueKind.EmptyFile, Assert.Single(data.Issues).Kind);
        Assert.Equal(0, data.RowsRead);
    }

    [Fact]
    public void ReadCsv_SingleClass_ReportsWarningButKeepsRows()
    {
        var data = Read("y_true,y_score\n0,0.1\n0,0.7\n");

        var issue = Assert.Single(data.Issues);
        Assert.Equal(ReadIssueKind.SingleClass, issue.Kind);
        Assert.False(issue.IsError);
        Assert.False(data.HasErrors);
        Assert.Equal(2, data.Count);
    }

    [Fact]
    public void ReadCsv_ManyBadRows_ListsAThousandAndCountsAll()
    {
        var csv = new StringBuilder("y_true,y_score\n");
        for (var i = 0; i < 1500; i++)
        {
            csv.Append("2,0.5\n");
        }

        csv.Append("1,0.5\n0,0.5\n");
        var data = Read(csv.ToString());

        Assert.Equal(1001, data.Issues.Count);
        Assert.Equal(ReadIssueKind.TooManyIssues, data.Issues[^1].Kind);
        Assert.Equal(1500, data.RowsRejected);
        Assert.Equal(2, data.Count);
    }

    [Fact]
    public void ReadCsv_IdStartingWithHash_IsNotTreatedAsComment()
    {
        var data = Read("id,y_true,y_score\n#1,0,0.1\n#2,1,0.9\n");

        Assert.Equal(2, data.Count);
    }

    [Fact]
    public void ReadCsv_SubgroupColumns_AreDictionaryEncodedInRowOrder()
    {
        var data = Read("y_true,y_score,sex\n0,0.1,F\n1,0.2,M\n1,0.3,F\n0,0.4,\n", Columns with { SubgroupColumns = ["sex"] });

        var sex = Assert.Single(data.Subgroups);
        Assert.Equal("sex", sex.Name);
        Assert.Equal(["F", "M", "F", ""], sex.Codes.ToArray().Select(c => sex.Values[c]));
    }

    [Fact]
    public void ReadCsv_RejectedRow_IsLeftOutOfSubgroupCodes()
    {
        var data = Read("y_true,y_score,site\n0,0.1,a\n5,0.2,b\n1,0.3,c\n", Columns with { SubgroupColumns = ["site"] });

        var site = Assert.Single(data.Subgroups);
        Assert.Equal(["a", "c"], site.Codes.ToArray().Select(c => site.Values[c]));
    }

    [Fact]
    public void ReadCsv_Timestamps_AreReadAsUtc()
    {
        var data = Read("y_true,y_score,at\n0,0.1,2024-03-01T10:00:00+01:00\n1,0.2,2024-03-02\n", Columns with { TimestampColumn = "at" });

        Assert.Equal(
            [new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc)],
            data.Timestamps.ToArray());
        Assert.All(data.Timestamps.ToArray(), t => Assert.Equal(DateTimeKind.Utc, t.Kind));
    }

    [Fact]
    public void ReadCsv_BadTimestamp_ReportsInvalidTimestamp()
    {
        var data = Read("y_true,y_score,at\n0,0.1,yesterday\n", Columns with { TimestampColumn = "at" });

        Assert.Equal((ReadIssueKind.InvalidTimestamp, 1L, "at"), Single(data));
    }

    [Fact]
    public void ReadCsv_QuotedFieldsAndCrLf_AreParsed()
    {
        var data = Read("\"y_true\",\"y_score\",\"site\"\r\n\"1\",\"0.25\",\"a, b\"\r\n0,0.5,c\r\n", Columns with { SubgroupColumns = ["site"] });

        Assert.Empty(data.Issues);
        Assert.Equal([0.25, 0.5], data.Scores.ToArray());
        Assert.Equal("a, b", data.Subgroups[0].Values[0]);
    }

    [Fact]
    public void ReadCsv_File_HashesExactlyTheFileBytes()
    {
        var path = GoldenFiles.Csv("breast_cancer_logreg");
        var data = PredictionReader.ReadCsv(path, Columns, TestContext.Current.CancellationToken);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), data.InputSha256);
        Assert.Equal(228, data.Count);
    }

    [Fact]
    public void ReadCsv_ScoresWithManyDigits_ParseToTheNearestDouble()
    {
        var data = Read("y_true,y_score\n0,0.011131748173269422\n1,1e-3\n");

        Assert.Equal([0.011131748173269422, 0.001], data.Scores.ToArray());
    }

    private static PredictionSet Read(string csv, PredictionColumns? columns = null) =>
        PredictionReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), columns ?? Columns, TestContext.Current.CancellationToken);

    private static (ReadIssueKind, long, string) Single(PredictionSet data)
    {
        var issue = Assert.Single(data.Issues);
        return (issue.Kind, issue.Row ?? -1, issue.Column ?? "");
    }
}
