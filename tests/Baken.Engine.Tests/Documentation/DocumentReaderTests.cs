using System.Text;
using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class DocumentReaderTests
{
    [Fact]
    public void ReadCsv_MissingColumn_IsFatalAndNamesTheColumn()
    {
        var file = Read("id,text\n1,hallo\n", new DocumentColumns("reference", "dialogue", "id"));
        var issue = Assert.Single(file.Issues);
        Assert.Equal(DocumentIssueKind.MissingColumn, issue.Kind);
        Assert.True(file.HasFatalIssue);
        Assert.Contains("'dialogue'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'text'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_EmptyTextAndMissingId_LeaveOutThoseRowsWithTheirNumbers()
    {
        var file = Read("id,text\n1,goed\n2,\"  \"\n,zonder id\n4,ook goed\n", new DocumentColumns("reference", "text", "id"));
        Assert.Equal(4, file.RowsRead);
        Assert.Equal(["1", "4"], file.Documents.Select(d => d.Id));
        Assert.Equal([(DocumentIssueKind.EmptyText, 2L), (DocumentIssueKind.MissingId, 3L)], file.Issues.Select(i => (i.Kind, i.Row!.Value)));
        Assert.Contains("row 2", file.Issues[0].Message, StringComparison.Ordinal);
        Assert.False(file.HasFatalIssue);
    }

    [Fact]
    public void ReadCsv_HugeField_IsRejectedForItsRow()
    {
        var csv = $"id,text\n1,kort\n2,{new string('a', 5_000)}\n3,ook kort\n";
        var file = Read(csv, new DocumentColumns("hypothesis", "text", "id"), new DocumentReaderLimits { MaxTextLength = 1_000 });
        var issue = Assert.Single(file.Issues);
        Assert.Equal((DocumentIssueKind.TextTooLong, 2L), (issue.Kind, issue.Row!.Value));
        Assert.Contains("5,000 characters", issue.Message, StringComparison.Ordinal);
        Assert.Equal(["1", "3"], file.Documents.Select(d => d.Id));
    }

    [Fact]
    public void ReadCsv_RecordLargerThanTheParserAccepts_StopsWithTheRowNumber()
    {
        var csv = $"id,text\n1,kort\n2,\"{new string('a', 300_000)}\"\n3,ook kort\n";
        var file = Read(csv, new DocumentColumns("reference", "text", "id"), new DocumentReaderLimits { MaxRecordLength = 100_000 });
        var issue = Assert.Single(file.Issues);
        Assert.Equal((DocumentIssueKind.MalformedCsv, 2L), (issue.Kind, issue.Row!.Value));
        Assert.True(file.HasFatalIssue);
    }

    [Fact]
    public void ReadCsv_DuplicateId_IsFatalAndNamesBothRows()
    {
        var file = Read("id,text\nA,een\nB,twee\nA,drie\n", new DocumentColumns("generated", "text", "id"));
        var issue = Assert.Single(file.Issues);
        Assert.Equal((DocumentIssueKind.DuplicateId, 3L), (issue.Kind, issue.Row!.Value));
        Assert.Contains("row 1", issue.Message, StringComparison.Ordinal);
        Assert.True(file.HasFatalIssue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("id,text\n")]
    public void ReadCsv_NoDataRows_IsAnEmptyFile(string csv)
    {
        var file = Read(csv, new DocumentColumns("reference", "text", "id"));
        Assert.Contains(file.Issues, i => i.Kind is DocumentIssueKind.EmptyFile or DocumentIssueKind.MissingColumn);
        Assert.True(file.HasFatalIssue);
    }

    [Fact]
    public void ReadCsv_QuotedMultiLineText_IsOneRow()
    {
        var file = Read("id,text\n1,\"[doctor] hallo\n[patient] dag, dokter\"\n2,twee\n", new DocumentColumns("reference", "text", "id"));
        Assert.Equal(2, file.RowsRead);
        Assert.Equal("[doctor] hallo\n[patient] dag, dokter", file.Documents[0].Text);
        Assert.Equal(64, file.Sha256.Length);
    }

    [Fact]
    public void ReadCsv_SeekableStreamWithProgress_ReportsGrowingPositions()
    {
        var csv = "id,text\n" + string.Concat(Enumerable.Range(1, 300).Select(i => $"{i},tekst {i}\n"));
        var positions = new List<long>();
        var file = DocumentReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new DocumentColumns("reference", "text", "id"), progress: positions.Add);

        Assert.Equal(300, file.Documents.Count);
        Assert.NotEmpty(positions);
        Assert.Equal(positions.Order(), positions);
        Assert.All(positions, p => Assert.InRange(p, 1, csv.Length));
    }

    [Fact]
    public void Pair_ByOrderWithUnequalRowCounts_IsFatalAndNamesBothCounts()
    {
        var reference = Read("text\neen\ntwee\ndrie\n", new DocumentColumns("reference", "text"));
        var hypothesis = Read("text\neen\ntwee\n", new DocumentColumns("hypothesis", "text"));
        var pairs = DocumentPairing.Pair(reference, hypothesis);
        Assert.Empty(pairs.Pairs);
        var issue = Assert.Single(pairs.Issues);
        Assert.Equal(DocumentIssueKind.UnequalRowCounts, issue.Kind);
        Assert.Contains("3 data rows", issue.Message, StringComparison.Ordinal);
        Assert.Contains("hypothesis file 2", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_ByOrderWithARejectedRow_LeavesOutThatPairOnly()
    {
        var reference = Read("text\neen\n\"\"\ndrie\n", new DocumentColumns("reference", "text"));
        var hypothesis = Read("text\n1\n2\n3\n", new DocumentColumns("hypothesis", "text"));
        var pairs = DocumentPairing.Pair(reference, hypothesis);
        Assert.Equal(["row 1", "row 3"], pairs.Pairs.Select(p => p.Label));
        Assert.Equal(1, pairs.RowsRejected);
    }

    [Fact]
    public void Pair_ById_ReportsIdsWithoutPartnerInEitherFile()
    {
        var reference = Read("id,text\nA,een\nB,twee\n", new DocumentColumns("reference", "text", "id"));
        var hypothesis = Read("id,text\nB,twee\nC,drie\n", new DocumentColumns("hypothesis", "text", "id"));
        var pairs = DocumentPairing.Pair(reference, hypothesis);
        Assert.Equal(["B"], pairs.Pairs.Select(p => p.Label));
        Assert.Equal(
            [("reference", 1L), ("hypothesis", 2L)],
            pairs.Issues.Select(i => (i.File!, i.Row!.Value)));
        Assert.All(pairs.Issues, i => Assert.Equal(DocumentIssueKind.UnmatchedId, i.Kind));
        Assert.Equal(1, pairs.RowsRejected);
    }

    private static DocumentFile Read(string csv, DocumentColumns columns, DocumentReaderLimits? limits = null) =>
        DocumentReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), columns, limits);
}
