using System.Globalization;
using System.Text.Json;
using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

// Every fact of golden.json (computed with Python, not with this reader) for both of FDA's layouts.
public sealed class FdaListReaderGoldenTests
{
    public static TheoryData<string> Files => [FdaFiles.Csv, FdaFiles.Xml];

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_SucceedsWithDetectedLayoutHashAndReleaseDate(string file)
    {
        var golden = FdaFiles.GoldenOf(file);

        var result = FdaListReader.Read(FdaFiles.PathOf(file));

        Assert.Empty(result.Issues);
        Assert.True(result.Succeeded);
        var release = result.Release!;
        Assert.Equal(file == FdaFiles.Xml ? FdaLayout.Xml : FdaLayout.Csv, release.Layout);
        Assert.Equal(golden.GetProperty("sha256").GetString(), release.Sha256);
        Assert.Equal(golden.GetProperty("rows").GetInt32(), result.Rows);
        Assert.Equal(Date(golden, "dateOfFinalDecisionMax"), release.ReleaseDate);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_SubmissionNumbersAsGolden(string file)
    {
        var golden = FdaFiles.GoldenOf(file);

        var entries = FdaFiles.Release(file).Entries;

        Assert.Equal(golden.GetProperty("rows").GetInt32(), entries.Count);
        Assert.Equal(golden.GetProperty("distinctSubmissionNumbers").GetInt32(), entries.Select(e => e.SubmissionNumber).Distinct().Count());
        var byPrefix = golden.GetProperty("submissionNumbersByPrefix");
        Assert.Equal(byPrefix.GetProperty("K").GetInt32(), entries.Count(e => e.Kind == FdaSubmissionKind.PremarketNotification));
        Assert.Equal(byPrefix.GetProperty("DEN").GetInt32(), entries.Count(e => e.Kind == FdaSubmissionKind.DeNovo));
        Assert.Equal(byPrefix.GetProperty("P").GetInt32(), entries.Count(e => e.Kind == FdaSubmissionKind.PremarketApproval));
        Assert.Equal(Strings(golden, "pmaSupplements"), entries.Where(e => e.SubmissionNumber.Contains("/S", StringComparison.Ordinal)).Select(e => e.SubmissionNumber).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_NamesAndNormalisedGroupsAsGolden(string file)
    {
        var golden = FdaFiles.GoldenOf(file);
        var normalised = golden.GetProperty("normalized_trimCollapseWhitespaceCasefold");

        var entries = FdaFiles.Release(file).Entries;
        var products = FdaProducts.Group(entries);

        Assert.Equal(golden.GetProperty("distinctCompanies").GetInt32(), entries.Select(e => e.Company).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(golden.GetProperty("distinctDevices").GetInt32(), entries.Select(e => e.Device).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(golden.GetProperty("distinctCompanyDevicePairs").GetInt32(), entries.Select(e => (e.Company, e.Device)).Distinct().Count());
        Assert.Equal(normalised.GetProperty("distinctCompanies").GetInt32(), FdaProducts.CompanyKeys(entries).Count);
        Assert.Equal(normalised.GetProperty("distinctCompanyDevicePairs").GetInt32(), products.Count);
        Assert.Equal(entries.Count, products.Sum(p => p.Entries.Count));
        Assert.Equal(golden.GetProperty("companiesWithOneRow").GetInt32(), entries.CountBy(e => e.Company).Count(c => c.Value == 1));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_TopCompaniesByDistinctDevicesAsGolden(string file)
    {
        var expected = FdaFiles.GoldenOf(file).GetProperty("topCompaniesByDistinctDevices").EnumerateArray()
            .Select(c => (c.GetProperty("company").GetString()!, c.GetProperty("distinctDevices").GetInt32(), c.GetProperty("rows").GetInt32()));

        var companies = FdaFiles.Release(file).Entries.GroupBy(e => e.Company)
            .ToDictionary(g => g.Key, g => (Devices: g.Select(e => e.Device).Distinct().Count(), Rows: g.Count()));

        // Each listed company's counts, and no other company above the fifth (ties at the fifth place are left in any order).
        Assert.Equal(expected, expected.Select(c => (c.Item1, companies[c.Item1].Devices, companies[c.Item1].Rows)));
        Assert.Equal(expected.Select(c => c.Item2), companies.Values.Select(c => c.Devices).OrderDescending().Take(5));
        Assert.Equal(file == FdaFiles.Csv ? (45, 53) : (44, 51), companies["Siemens Medical Solutions USA, Inc."]); // the README's table
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_DatesAsGoldenAndSortedNewestFirst(string file)
    {
        var golden = FdaFiles.GoldenOf(file);

        var entries = FdaFiles.Release(file).Entries;

        Assert.Equal(Date(golden, "dateOfFinalDecisionMin"), entries.Min(e => e.DecisionDate));
        Assert.Equal(Date(golden, "dateOfFinalDecisionMax"), entries.Max(e => e.DecisionDate));
        Assert.True(golden.GetProperty("sortedByDateDescending").GetBoolean());
        Assert.Equal(entries.OrderByDescending(e => e.DecisionDate).Select(e => e.DecisionDate), entries.Select(e => e.DecisionDate));
        var perYear = golden.GetProperty("rowsPerYear").EnumerateObject().ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetInt32());
        Assert.Equal(perYear, entries.CountBy(e => e.DecisionDate.Year).ToDictionary());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_PanelsAndProductCodesAsGolden(string file)
    {
        var golden = FdaFiles.GoldenOf(file);

        var entries = FdaFiles.Release(file).Entries;

        var panels = golden.GetProperty("rowsPerPanel").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(golden.GetProperty("distinctPanels").GetInt32(), panels.Count);
        Assert.Equal(panels, entries.CountBy(e => e.Panel).ToDictionary());
        Assert.Equal(golden.GetProperty("distinctPrimaryProductCodes").GetInt32(), entries.Select(e => e.ProductCode).Distinct().Count());
        var top = golden.GetProperty("topPrimaryProductCodes").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()));
        Assert.Equal(top, entries.CountBy(e => e.ProductCode).OrderByDescending(c => c.Value).Take(5).Select(c => (c.Key, c.Value)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_FirstAndLastRowAsGolden(string file)
    {
        var golden = FdaFiles.GoldenOf(file);

        var entries = FdaFiles.Release(file).Entries;

        Assert.Equal(Strings(golden, "firstRow"), Cells(entries[0]));
        Assert.Equal(Strings(golden, "lastRow"), Cells(entries[^1]));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_OfficialFile_CellCharacterCountsAsGolden(string file)
    {
        var golden = FdaFiles.GoldenOf(file);

        var cells = FdaFiles.Release(file).Entries.SelectMany(Cells).ToList();

        Assert.Equal(golden.GetProperty("cellsContainingC1ControlChars_U0080_U009F").GetInt32(), cells.Count(c => c.Any(ch => ch is >= '\u0080' and <= '\u009F')));
        Assert.Equal(golden.GetProperty("cellsContainingNonAscii").GetInt32(), cells.Count(c => c.Any(ch => ch > '\u007F')));
        Assert.Equal(golden.GetProperty("cellsWithLeadingOrTrailingWhitespace").GetInt32(), cells.Count(c => c.Length > 0 && (char.IsWhiteSpace(c[0]) || char.IsWhiteSpace(c[^1]))));
        Assert.Equal(golden.GetProperty("cellsContainingLineBreak").GetInt32(), cells.Count(c => c.Contains('\n', StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_XmlFile_EveryLinkPageCountAsGolden()
    {
        var pages = FdaFiles.GoldenOf(FdaFiles.Xml).GetProperty("submissionUrlsByPage").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

        var built = FdaFiles.Release(FdaFiles.Xml).Entries.CountBy(e => e.DetailsUrl[..e.DetailsUrl.IndexOf('?', StringComparison.Ordinal)]).ToDictionary();

        Assert.Equal(pages, built);
    }

    // The six cells as FDA's files write them (the date back in MM/DD/YYYY).
    private static string[] Cells(FdaEntry e) =>
        [e.DecisionDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), e.SubmissionNumber, e.Device, e.Company, e.Panel, e.ProductCode];

    private static DateOnly Date(JsonElement golden, string name) =>
        DateOnly.ParseExact(golden.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Strings(JsonElement golden, string name) =>
        [.. golden.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
