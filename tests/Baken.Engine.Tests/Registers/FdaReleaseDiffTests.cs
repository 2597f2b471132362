using System.Globalization;
using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

public sealed class FdaReleaseDiffTests
{
    private static readonly System.Text.Json.JsonElement Golden = FdaFiles.Golden.GetProperty("diff_xml_to_csv");

    [Fact]
    public void Compare_XmlThenCsv_GivesGoldenCounts()
    {
        var diff = FdaReleaseDiff.Compare(FdaFiles.Release(FdaFiles.Xml).Entries, FdaFiles.Release(FdaFiles.Csv).Entries);

        Assert.Equal(Golden.GetProperty("added").GetInt32(), diff.Added.Count);
        Assert.Equal(Golden.GetProperty("removed").GetInt32(), diff.Removed.Count);
        Assert.Equal(Golden.GetProperty("changedCells").GetArrayLength(), diff.Changed.Count);
        Assert.Equal((167, 0, 6, 1_351), (diff.Added.Count, diff.Removed.Count, diff.Changed.Count, diff.Unchanged));
        Assert.Equal(1_357, diff.Changed.Count + diff.Unchanged + diff.Removed.Count);
    }

    [Fact]
    public void Compare_XmlThenCsv_ChangesAreTheSixGoldenCompanyCells()
    {
        var expected = Golden.GetProperty("changedCells").EnumerateArray()
            .Select(c => (c.GetProperty("submissionNumber").GetString()!, c.GetProperty("column").GetString()!, c.GetProperty("xml").GetString()!, c.GetProperty("csv").GetString()!));

        var diff = FdaReleaseDiff.Compare(FdaFiles.Release(FdaFiles.Xml).Entries, FdaFiles.Release(FdaFiles.Csv).Entries);

        var actual = diff.Changed.Select(c => (c.SubmissionNumber, Assert.Single(c.Fields)))
            .Select(c => (c.SubmissionNumber, c.Item2.Field.ToString(), c.Item2.Old, c.Item2.New));
        Assert.Equal(expected.OrderBy(c => c.Item1, StringComparer.Ordinal), actual.OrderBy(c => c.SubmissionNumber, StringComparer.Ordinal));
        Assert.Contains(diff.Changed, c => c.SubmissionNumber == "K243144" && c.Current.Company == "Scopio Labs , Ltd." && c.Previous.Company == "Scopio Labs Ltd.");
    }

    [Fact]
    public void Compare_XmlThenCsv_LateListedEntriesInsideTheOldRangeAreAdded()
    {
        var xml = FdaFiles.Release(FdaFiles.Xml);
        var late = Golden.GetProperty("addedWithDecisionDateOnOrBefore_2025-09-29").EnumerateArray()
            .Select(e => (e.GetProperty("submissionNumber").GetString()!, DateOnly.ParseExact(e.GetProperty("date").GetString()!, "MM/dd/yyyy", CultureInfo.InvariantCulture)));

        var diff = FdaReleaseDiff.Compare(xml.Entries, FdaFiles.Release(FdaFiles.Csv).Entries);

        Assert.Equal(late, diff.Added.Where(e => e.DecisionDate <= xml.ReleaseDate).Select(e => (e.SubmissionNumber, e.DecisionDate)));
        Assert.Equal(["K252595", "P230022"], late.Select(l => l.Item1));
        Assert.Equal(165, diff.Added.Count(e => e.DecisionDate > xml.ReleaseDate));
    }

    [Theory]
    [InlineData(FdaFiles.Csv)]
    [InlineData(FdaFiles.Xml)]
    public void Compare_SameReleaseTwice_ChangesNothing(string file)
    {
        var first = FdaFiles.Release(file);
        var again = FdaListReader.Read(FdaFiles.PathOf(file)).Release!;

        var diff = FdaReleaseDiff.Compare(first.Entries, again.Entries);

        Assert.True(diff.IsEmpty);
        Assert.Equal((0, 0, 0, first.Entries.Count), (diff.Added.Count, diff.Removed.Count, diff.Changed.Count, diff.Unchanged));
        Assert.Equal(first.Sha256, again.Sha256);
    }

    [Fact]
    public void Compare_CsvThenOlderXml_ListsTheMissingEntriesAsRemoved()
    {
        var diff = FdaReleaseDiff.Compare(FdaFiles.Release(FdaFiles.Csv).Entries, FdaFiles.Release(FdaFiles.Xml).Entries);

        Assert.Equal((0, 167, 6), (diff.Added.Count, diff.Removed.Count, diff.Changed.Count));
        Assert.Equal("K254207", diff.Removed[0].SubmissionNumber);
    }

    [Fact]
    public void Compare_EveryField_IsReportedWithOldAndNewValue()
    {
        var old = new FdaEntry("K000001", new DateOnly(2024, 1, 2), "Tool", "Maker Inc.", "Radiology", "QIH");
        var now = new FdaEntry("K000001", new DateOnly(2024, 1, 3), "Tool\u0099", "Maker Inc", "Neurology", "QAS");

        var change = Assert.Single(FdaReleaseDiff.Compare([old], [now]).Changed);

        Assert.Equal(
            [
                new(FdaField.DecisionDate, "2024-01-02", "2024-01-03"),
                new(FdaField.Device, "Tool", "Tool\u0099"),
                new(FdaField.Company, "Maker Inc.", "Maker Inc"),
                new(FdaField.Panel, "Radiology", "Neurology"),
                new FdaFieldChange(FdaField.ProductCode, "QIH", "QAS"),
            ],
            change.Fields);
    }

    [Fact]
    public void Compare_DuplicateNumberInInput_Throws()
    {
        var entry = new FdaEntry("K000001", new DateOnly(2024, 1, 2), "Tool", "Maker", "Radiology", "QIH");

        Assert.Throws<ArgumentException>(() => FdaReleaseDiff.Compare([entry, entry], []));
    }
}
