using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

public sealed class FdaProductsTests
{
    [Fact]
    public void Group_NamesDifferingInCaseWhiteSpaceOrC1_AreOneProductShownAsTheNewestEntry()
    {
        FdaEntry[] entries =
        [
            Entry("K000001", 2024, "Ge Medical Systems, LLC", "SIGNA\u0099 Sprint"),
            Entry("K000002", 2025, "GE  Medical Systems, LLC", "SIGNA™ Sprint"),
            Entry("K000003", 2023, "GE Medical Systems, LLC.", "SIGNA™ Sprint"),
        ];

        var products = FdaProducts.Group(entries);

        Assert.Equal(2, products.Count);
        var product = products.Single(p => p.Entries.Count == 2);
        Assert.Equal(("GE Medical Systems, LLC", "SIGNA™ Sprint"), (product.Company, product.Device));
        Assert.Equal(["K000002", "K000001"], product.Entries.Select(e => e.SubmissionNumber));
        Assert.Equal(("ge medical systems llc", "signa sprint"), (product.CompanySearchKey, product.DeviceSearchKey));
        Assert.Equal(2, FdaProducts.CompanyKeys(entries).Count);
    }

    [Fact]
    public void Group_CsvFile_MergesSiemensDevicesSpelledInOtherCase()
    {
        // Python (trim, collapse white space, casefold): 55 rows under 2 spellings of the company, 47 device
        // spellings, 44 devices; "syngo.via RT Image Suite" is spelled three ways, "syngo.CT CaScoring" two.
        var products = FdaProducts.Group(FdaFiles.Release(FdaFiles.Csv).Entries);

        var siemens = products.Where(p => p.CompanyKey == "siemens medical solutions usa, inc.").ToList();

        Assert.Equal(44, siemens.Count);
        Assert.Equal(55, siemens.Sum(p => p.Entries.Count));
        Assert.Equal(3, siemens.Single(p => p.DeviceKey == "syngo.via rt image suite").Entries.Select(e => e.Device).Distinct().Count());
    }

    private static FdaEntry Entry(string number, int year, string company, string device) =>
        new(number, new DateOnly(year, 1, 1), device, company, "Radiology", "LNH");
}
