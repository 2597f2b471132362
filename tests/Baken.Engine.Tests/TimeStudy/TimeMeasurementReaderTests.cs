using System.Text;
using Baken.Engine.TimeStudy;

namespace Baken.Engine.Tests.TimeStudy;

public sealed class TimeMeasurementReaderTests
{
    private static TimeMeasurements Read(string csv) => TimeMeasurementReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void ReadCsv_BadRows_RejectedWithTheirRowNumbers()
    {
        var data = Read("""
            period,role,admin_minutes,worked_minutes,shift_id
            before,nurse,60,480,a
            during,nurse,60,480,b
            before,nurse,60,0,c
            before,nurse,500,480,d
            after,nurse,-5,480,e
            after,nurse,sixty,480,f
            after,nurse,60,NaN,g
            after,,60,480,h
            after,nurse,"60,5",480,i
            AFTER,nurse,48.5,480,j
            before,nurse,61,480,a
            after,nurse,,480,k
            """);

        Assert.Equal(12, data.RowsRead);
        Assert.Equal(10, data.RowsRejected);
        Assert.Equal([1L, 10L], data.Shifts.Select(s => s.Row));
        Assert.Equal(StudyPeriod.After, data.Shifts[1].Period);
        Assert.Equal(
            [
                (2L, TimeStudyIssueKind.UnknownPeriod), (3, TimeStudyIssueKind.NonPositiveWorked), (4, TimeStudyIssueKind.AdminAboveWorked),
                (5, TimeStudyIssueKind.NegativeAdmin), (6, TimeStudyIssueKind.NonNumeric), (7, TimeStudyIssueKind.NonNumeric),
                (8, TimeStudyIssueKind.MissingValue), (9, TimeStudyIssueKind.NonNumeric), (11, TimeStudyIssueKind.DuplicateShift),
                (12, TimeStudyIssueKind.MissingValue),
            ],
            data.Issues.Select(i => (i.Row!.Value, i.Kind)));
        Assert.Equal("Row 2: the period 'during' is neither 'before' nor 'after'; the row is left out.", data.Issues[0].Message);
        Assert.Contains("row 1", data.Issues[8].Message, StringComparison.Ordinal);
        Assert.False(data.HasFatalIssue);
    }

    [Fact]
    public void ReadCsv_MissingColumn_IsFatalAndNamesIt()
    {
        var data = Read("period,role,admin,worked_minutes\nbefore,nurse,60,480\n");

        var issue = Assert.Single(data.Issues);
        Assert.Equal((TimeStudyIssueKind.MissingColumn, "admin_minutes"), (issue.Kind, issue.Column));
        Assert.True(data.HasFatalIssue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("period,role,admin_minutes,worked_minutes\n")]
    public void ReadCsv_NoRows_IsFatal(string csv)
    {
        Assert.Equal(TimeStudyIssueKind.EmptyFile, Assert.Single(Read(csv).Issues).Kind);
    }

    [Fact]
    public void ReadCsv_ManyBadRows_ListsAHundredAndCountsThemAll()
    {
        var data = Read("period,role,admin_minutes,worked_minutes\n" + string.Concat(Enumerable.Repeat("x,nurse,1,2\n", 250)));

        Assert.Equal(250, data.RowsRejected);
        Assert.Equal(101, data.Issues.Count);
        Assert.Equal(TimeStudyIssueKind.TooManyIssues, data.Issues[^1].Kind);
        Assert.StartsWith("150 more rows", data.Issues[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_SameShiftIdInBothPeriods_IsNoDuplicate()
    {
        var data = Read("period,role,admin_minutes,worked_minutes,shift_id\nbefore,nurse,60,480,7\nafter,nurse,50,480,7\n");

        Assert.Equal(2, data.Shifts.Count);
        Assert.Equal(64, data.Sha256.Length);
    }
}
