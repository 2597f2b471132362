using System.Text;
using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

// FDA's real files, each broken in one place: the issue names the row and line, and no entry comes back.
public sealed class FdaListReaderBrokenFileTests
{
    // Data row 700 (K231765) is CRLF-line 701 and physical line 702: DEN230027's company holds a line feed.
    private const int Row700CrlfLine = 701;

    [Fact]
    public void Read_BadDateInRow700_ReportsRowAndPhysicalLineAndGivesNoEntries()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.CsvWithField(Row700CrlfLine, 0, "11/31/2023"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.BadDate, 700, 702, "Date of Final Decision"), (issue.Kind, issue.Row, issue.Line, issue.Column));
        Assert.StartsWith("Row 700 (line 702): ", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'11/31/2023'", issue.Message, StringComparison.Ordinal);
        Assert.Null(result.Release);
        Assert.False(result.Succeeded);
        Assert.Equal(1_524, result.Rows);
    }

    [Theory]
    [InlineData("2023-11-08")]
    [InlineData("8/11/2023")]
    [InlineData(" 11/08/2023")]
    public void Read_DateNotInFdaFormat_IsABadDate(string date)
    {
        var result = FdaListReader.Read(FdaBrokenFiles.CsvWithField(Row700CrlfLine, 0, date));

        Assert.Equal((FdaIssueKind.BadDate, 700), (Assert.Single(result.Issues).Kind, result.Issues[0].Row));
    }

    [Fact]
    public void Read_DuplicateSubmissionNumber_NamesBothRows()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.CsvWithField(21, 1, "K253649"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.DuplicateSubmissionNumber, 20, 21), (issue.Kind, issue.Row, issue.Line));
        Assert.Contains("row 3 (line 4)", issue.Message, StringComparison.Ordinal);
        Assert.Null(result.Release);
    }

    [Fact]
    public void Read_WrongHeader_ReportsLineOneAndReadsNothing()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.CsvWithLine(1, h => h.Replace("Panel (Lead)", "Panel", StringComparison.Ordinal)));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.BadHeader, 1), (issue.Kind, issue.Line));
        Assert.Contains("Panel (Lead)", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Rows);
        Assert.Null(result.Release);
    }

    [Theory]
    [InlineData(1, "k231765", FdaIssueKind.BadSubmissionNumber)]
    [InlineData(1, "K23176", FdaIssueKind.BadSubmissionNumber)]
    [InlineData(1, "P130020/S05", FdaIssueKind.BadSubmissionNumber)]
    [InlineData(1, "K２31765", FdaIssueKind.BadSubmissionNumber)]
    [InlineData(5, "QKb", FdaIssueKind.BadProductCode)]
    [InlineData(5, "QKBB", FdaIssueKind.BadProductCode)]
    [InlineData(3, "", FdaIssueKind.EmptyCell)]
    [InlineData(4, "  ", FdaIssueKind.EmptyCell)]
    public void Read_BadCell_IsReportedWithItsRowAndColumn(int field, string value, FdaIssueKind kind)
    {
        var result = FdaListReader.Read(FdaBrokenFiles.CsvWithField(Row700CrlfLine, field, value));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((kind, 700, 702), (issue.Kind, issue.Row, issue.Line));
        Assert.Equal(FdaCsvLayout.Header[field], issue.Column);
        Assert.Null(result.Release);
    }

    [Theory]
    [InlineData(",extra")]
    [InlineData("")]
    public void Read_RecordWithOtherFieldCount_IsReported(string change)
    {
        var bytes = FdaBrokenFiles.CsvWithLine(Row700CrlfLine, l => change.Length > 0 ? l + change : l[..l.LastIndexOf(',')]);

        var result = FdaListReader.Read(bytes);

        Assert.Equal((FdaIssueKind.WrongFieldCount, 700, 702), (Assert.Single(result.Issues).Kind, result.Issues[0].Row, result.Issues[0].Line));
    }

    [Fact]
    public void Read_UnclosedQuote_StopsWithTheLineWhereTheRecordStarts()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.CsvWithLine(1_525, l => l.Replace("BD DIAGNOSTICS", "\"BD DIAGNOSTICS", StringComparison.Ordinal)));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.MalformedCsv, 1_524, 1_526), (issue.Kind, issue.Row, issue.Line));
        Assert.Null(result.Release);
    }

    [Fact]
    public void Read_FileSavedAsLatin1_IsNotUtf8AndNamesTheFirstBadLine()
    {
        // Line 10 holds the file's first non-ASCII character: the é of "Contour Protégé".
        var latin1 = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(FdaFiles.Bytes(FdaFiles.Csv)));

        var result = FdaListReader.Read(latin1);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.InvalidEncoding, 10), (issue.Kind, issue.Line));
        Assert.Null(result.Release);
    }
}
