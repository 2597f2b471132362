using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

// FDA's XML download broken in one place, and files that are not FDA's list at all.
public sealed class FdaListReaderXmlBrokenFileTests
{
    private const string FirstLink = "pmn.cfm?ID=K252054\", \"K252054\")";

    [Fact]
    public void Read_TruncatedXml_IsMalformedWithItsLineAndGivesNoEntries()
    {
        var bytes = FdaFiles.Bytes(FdaFiles.Xml);
        var half = bytes[..(bytes.Length / 2)];
        var lastLine = half.Count(b => b == (byte)'\n') + 1;
        var rowsStarted = System.Text.Encoding.UTF8.GetString(half).Split("<row>").Length - 1;

        var result = FdaListReader.Read(half);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.MalformedXml, lastLine, rowsStarted), (issue.Kind, issue.Line, issue.Row));
        Assert.Equal(rowsStarted, result.Rows);
        Assert.Null(result.Release);
    }

    [Fact]
    public void Read_XmlWithExternalEntity_IsRefusedWithoutResolvingIt()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"fda-secret-{Guid.NewGuid():N}.txt");
        var marker = $"SECRET-{Guid.NewGuid():N}";
        File.WriteAllText(secret, marker);
        var bytes = FdaBrokenFiles.Xml(x => x
            .Replace("<data>", $"<!DOCTYPE data [<!ENTITY leak SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>\n<data>", StringComparison.Ordinal)
            .Replace("<Company>Disior Ltd</Company>", "<Company>&leak;</Company>", StringComparison.Ordinal));
        try
        {
            var result = FdaListReader.Read(bytes);

            var issue = Assert.Single(result.Issues);
            Assert.Equal(FdaIssueKind.MalformedXml, issue.Kind);
            Assert.Contains("DTD", issue.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(marker, issue.Message, StringComparison.Ordinal);
            Assert.Null(result.Release);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_HyperlinkToAnotherNumber_IsABadLink()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => x.Replace(FirstLink, "pmn.cfm?ID=K250023\", \"K252054\")", StringComparison.Ordinal)));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.BadLink, 1, 3, "Submission_number"), (issue.Kind, issue.Row, issue.Line, issue.Column));
        Assert.Null(result.Release);
    }

    [Fact]
    public void Read_UnreadableFormula_IsABadLink()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => x.Replace(FirstLink, "pmn.cfm?ID=K252054\")", StringComparison.Ordinal)));

        Assert.Equal((FdaIssueKind.BadLink, 1), (Assert.Single(result.Issues).Kind, result.Issues[0].Row));
    }

    [Fact]
    public void Read_PlainNumberInsteadOfFormula_IsAccepted()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => x.Replace(
            "=HYPERLINK(\"https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfPMN/" + FirstLink, "K252054", StringComparison.Ordinal)));

        Assert.Empty(result.Issues);
        Assert.Equal(FdaFiles.Release(FdaFiles.Xml).Entries, result.Release!.Entries);
    }

    [Fact]
    public void Read_RowWithoutPanel_ReportsTheMissingCell()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => RemoveFirst(x, "    <Panel>Neurology</Panel>\n")));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.EmptyCell, 1, 3, "Panel"), (issue.Kind, issue.Row, issue.Line, issue.Column));
    }

    [Fact]
    public void Read_RowWithUnknownElement_IsABadHeader()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => ReplaceFirst(x, "<Panel>Neurology</Panel>", "<Panel>Neurology</Panel><Notes>n</Notes>")));

        Assert.Equal((FdaIssueKind.BadHeader, 1, 3), (Assert.Single(result.Issues).Kind, result.Issues[0].Row, result.Issues[0].Line));
    }

    [Fact]
    public void Read_RootOtherThanData_IsABadHeader()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => x.Replace("<data>", "<list>", StringComparison.Ordinal).Replace("</data>", "</list>", StringComparison.Ordinal)));

        Assert.Equal((FdaIssueKind.BadHeader, 2), (Assert.Single(result.Issues).Kind, result.Issues[0].Line));
        Assert.Equal(0, result.Rows);
    }

    [Fact]
    public void Read_DuplicateNumberInXml_NamesBothRows()
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Xml(x => x.Replace("K250023", "K252054", StringComparison.Ordinal)));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((FdaIssueKind.DuplicateSubmissionNumber, 2, 11), (issue.Kind, issue.Row, issue.Line));
        Assert.Contains("row 1 (line 3)", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Date of Final Decision,Submission Number,Device,Company,Panel (Lead),Primary Product Code\r\n")]
    [InlineData("<?xml version='1.0' encoding='utf-8'?>\n<data>\n</data>\n")]
    [InlineData("<data/>")]
    public void Read_NoRows_IsAnEmptyFile(string text)
    {
        var result = FdaListReader.Read(FdaBrokenFiles.Utf8(text));

        Assert.Equal(FdaIssueKind.EmptyFile, Assert.Single(result.Issues).Kind);
        Assert.Null(result.Release);
    }

    [Fact]
    public void Read_ExcelWorkbook_IsAnUnknownLayout()
    {
        var result = FdaListReader.Read([(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0]);

        Assert.Equal(FdaIssueKind.UnknownLayout, Assert.Single(result.Issues).Kind);
        Assert.Null(result.Layout);
    }

    [Fact]
    public void Read_FileOverTheLimit_IsRefusedBeforeParsing()
    {
        using var stream = File.OpenRead(FdaFiles.PathOf(FdaFiles.Csv));

        var result = FdaListReader.Read(stream, new FdaReadOptions { MaxBytes = 100_000 });

        Assert.Equal(FdaIssueKind.TooLarge, Assert.Single(result.Issues).Kind);
        Assert.Equal(0, result.Rows);
    }

    [Fact]
    public void Read_EveryRowBroken_ListsTheFirstIssuesAndCountsTheRest()
    {
        var text = System.Text.Encoding.UTF8.GetString(FdaFiles.Bytes(FdaFiles.Csv)).Replace("/20", "/0", StringComparison.Ordinal).Replace("/19", "/0", StringComparison.Ordinal);

        var result = FdaListReader.Read(FdaBrokenFiles.Utf8(text), new FdaReadOptions { MaxIssues = 10 });

        Assert.Equal(11, result.Issues.Count);
        Assert.All(result.Issues.Take(10), i => Assert.Equal(FdaIssueKind.BadDate, i.Kind));
        Assert.Equal(FdaIssueKind.TooManyIssues, result.Issues[^1].Kind);
        Assert.StartsWith("1,514 more issues", result.Issues[^1].Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string with)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + with + text[(at + find.Length)..];
    }

    private static string RemoveFirst(string text, string find) => ReplaceFirst(text, find, "");
}
