using System.Globalization;
using System.Text;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Readers;

// A file path large enough to be split over the cores must read exactly like the same bytes read
// as one stream: rows, values, subgroup codes, row numbers of issues, messages and hash.
public sealed class ParallelCsvReaderTests
{
    private static readonly PredictionColumns Columns = new()
    {
        SubgroupColumns = ["site", "sex"],
        TimestampColumn = "at",
    };

    [Fact]
    public void ReadCsv_LargeFile_SplitReadEqualsSequentialRead()
    {
        // Bad rows throughout (also late in the file, so in a later part), and a subgroup value
        // that first appears late, so code translation between parts is exercised.
        var path = WriteFile(rows: 150_000, quoted: false);
        try
        {
            AssertSameAsSequential(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadCsv_LargeFileWithQuotedLineBreaks_FallsBackAndEqualsSequentialRead()
    {
        var path = WriteFile(rows: 150_000, quoted: true);
        try
        {
            AssertSameAsSequential(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadCsv_WithProgress_ReportsTheWholeFileAtTheEnd()
    {
        var path = WriteFile(rows: 150_000, quoted: false);
        try
        {
            long last = 0;
            PredictionReader.ReadCsv(path, Columns, bytes => InterlockedMax(ref last, bytes), TestContext.Current.CancellationToken);

            Assert.Equal(new FileInfo(path).Length, Interlocked.Read(ref last));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSameAsSequential(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(new FileInfo(path).Length > 4 << 20, "the file must be large enough to be split");
        var split = PredictionReader.ReadCsv(path, Columns, ct);
        PredictionSet sequential;
        using (var stream = new MemoryStream(File.ReadAllBytes(path)))
        {
            sequential = PredictionReader.ReadCsv(stream, Columns, ct);
        }

        Assert.Equal(sequential.RowsRead, split.RowsRead);
        Assert.Equal(sequential.Count, split.Count);
        Assert.True(sequential.RowsRejected > 100, "the file must contain rejected rows");
        Assert.True(sequential.Labels.SequenceEqual(split.Labels));
        Assert.True(sequential.Scores.SequenceEqual(split.Scores));
        Assert.True(sequential.Timestamps.SequenceEqual(split.Timestamps));
        Assert.Equal(sequential.InputSha256, split.InputSha256);
        Assert.Equal(sequential.Issues.Select(i => (i.Kind, i.Row, i.Column, i.Message)), split.Issues.Select(i => (i.Kind, i.Row, i.Column, i.Message)));
        for (var i = 0; i < Columns.SubgroupColumns.Count; i++)
        {
            Assert.Equal(sequential.Subgroups[i].Values, split.Subgroups[i].Values);
            Assert.True(sequential.Subgroups[i].Codes.SequenceEqual(split.Subgroups[i].Codes));
        }
    }

    private static string WriteFile(int rows, bool quoted)
    {
        var path = Path.Combine(Path.GetTempPath(), $"baken-split-{Guid.NewGuid():N}.csv");
        var random = new Random(7);
        var text = new StringBuilder("id,y_true,y_score,site,sex,at\n");
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var row = 1; row <= rows; row++)
        {
            var label = random.Next(2).ToString(CultureInfo.InvariantCulture);
            var score = random.NextDouble().ToString("R", CultureInfo.InvariantCulture);
            if (row % 997 == 0)
            {
                score = "abc";
            }
            else if (row % 1499 == 0)
            {
                label = "2";
            }

            // A long id pads the file past the size where reading is split.
            var id = quoted && row == rows / 2 ? "\"line\nbreak\"" : $"patient-record-{row:D12}";
            var site = row > rows * 3 / 4 && row % 5 == 0 ? "site-late" : $"site-{row % 3}";
            var at = start.AddMinutes(row).ToString("O", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{id},{label},{score},{site},{(row % 2 == 0 ? "F" : "M")},{at}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
