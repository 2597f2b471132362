using System.Text;
using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

// The traps the register README lists for FDA's files, pinned on the real files.
public sealed class FdaListReaderTrapTests
{
    public static TheoryData<string> Files => [FdaFiles.Csv, FdaFiles.Xml];

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_Den230027_KeepsTheTabAndLineFeedInItsCompany(string file)
    {
        var entry = FdaFiles.Release(file).Find("DEN230027");

        Assert.NotNull(entry);
        Assert.Equal("\t\nAnkon Technologies co., ltd", entry.Company);
        Assert.Equal("Ankon Technologies co., ltd", entry.DisplayCompany);
        Assert.Equal(("NaviCam ProScan", "Gastroenterology-Urology", "QZF", new DateOnly(2023, 12, 12)), (entry.Device, entry.Panel, entry.ProductCode, entry.DecisionDate));
    }

    [Fact]
    public void Read_CsvFile_HasOneLineFeedMoreThanCrlfsYetOneRecordPerCrlf()
    {
        var text = Encoding.UTF8.GetString(FdaFiles.Bytes(FdaFiles.Csv));

        var result = FdaListReader.Read(FdaFiles.PathOf(FdaFiles.Csv));

        Assert.Equal(1_525, text.Split("\r\n").Length - 1);
        Assert.Equal(1_526, text.Count(c => c == '\n'));
        Assert.Equal(1_524, result.Rows);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_C1ControlCharacters_KeptExactlyAndShownAsWindows1252(string file)
    {
        var entry = FdaFiles.Release(file).Find("K251399")!;

        Assert.Equal("SIGNA\u0099 Sprint", entry.Device);
        Assert.Equal("SIGNA™ Sprint", entry.DisplayDevice);
        Assert.Equal(FdaText.Key("SIGNA™ Sprint"), FdaText.Key(entry.Device));
        Assert.Equal("signa sprint", FdaText.SearchKey(entry.Device));
    }

    [Fact]
    public void Read_QuotedC1Characters_ShownAsTypographicQuotes()
    {
        var entry = FdaFiles.Release(FdaFiles.Csv).Entries.Single(e => e.Device.StartsWith("eCARTv5", StringComparison.Ordinal));

        Assert.Equal("eCARTv5 Clinical Deterioration Suite (\u0093eCART\u0094)", entry.Device);
        Assert.Equal("eCARTv5 Clinical Deterioration Suite (“eCART”)", entry.DisplayDevice);
    }

    [Theory]
    [InlineData(FdaFiles.Csv, 5, 1)]
    [InlineData(FdaFiles.Xml, 5, 0)]
    public void Read_PanelNames_KeptAsFdaSpellsThem(string file, int toxicology, int earNoseThroat)
    {
        var entries = FdaFiles.Release(file).Entries;

        Assert.Equal(toxicology, entries.Count(e => e.Panel == "Clinical Toxcicology"));
        Assert.Equal(earNoseThroat, entries.Count(e => e.Panel == "Ear Nose & Throat"));
        Assert.DoesNotContain(entries, e => e.Panel == "Clinical Toxicology");
    }

    [Fact]
    public void Read_CsvFile_QuotedCommasAndDoubleSpacesSurvive()
    {
        var entries = FdaFiles.Release(FdaFiles.Csv).Entries;

        Assert.Equal(742, entries.Count(e => $"{e.Device}{e.Company}{e.Panel}".Contains(',', StringComparison.Ordinal)));
        Assert.Equal(11, entries.Sum(e => new[] { e.Device, e.Company, e.Panel }.Count(c => c.Contains("  ", StringComparison.Ordinal))));
        Assert.Equal("ViTAA Medical Solutions, Inc.", entries[0].Company);
    }

    [Fact]
    public void Read_XmlHyperlinkFormula_GivesTheNumberAndTheSameLinkFdaGave()
    {
        var release = FdaFiles.Release(FdaFiles.Xml);

        var first = release.Entries[0];
        var supplement = release.Find("P140011/S008")!;
        var deNovo = release.Find("DEN230027")!;

        Assert.Equal("K252054", first.SubmissionNumber);
        Assert.Equal("https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfPMN/pmn.cfm?ID=K252054", first.DetailsUrl);
        Assert.Equal("https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpma/pma.cfm?id=P140011/S008", supplement.DetailsUrl);
        Assert.Equal("https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpmn/denovo.cfm?id=DEN230027", deNovo.DetailsUrl);
        Assert.DoesNotContain(release.Entries, e => e.SubmissionNumber.Contains("HYPERLINK", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Read_LayoutComesFromContent_NotFromTheFileName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fda-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, FdaFiles.Bytes(FdaFiles.Xml));
        try
        {
            var result = FdaListReader.Read(path);

            Assert.Equal(FdaLayout.Xml, result.Release?.Layout);
            Assert.Equal(1_357, result.Release!.Entries.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_CsvWithByteOrderMark_ReadsTheSameEntries()
    {
        var bytes = "\uFEFF"u8.ToArray().Concat(FdaFiles.Bytes(FdaFiles.Csv)).ToArray();

        var result = FdaListReader.Read(bytes);

        Assert.Empty(result.Issues);
        Assert.Equal(FdaFiles.Release(FdaFiles.Csv).Entries, result.Release!.Entries);
    }

    [Fact]
    public void Read_ReleaseDateGivenByTheCaller_IsKept()
    {
        var result = FdaListReader.Read(FdaFiles.PathOf(FdaFiles.Csv), new FdaReadOptions { ReleaseDate = new DateOnly(2026, 4, 2) });

        Assert.Equal(new DateOnly(2026, 4, 2), result.Release!.ReleaseDate);
    }
}
