using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

// Against the CSV release (to 2026-03-30), as a maker would type number and company.
public sealed class FdaVerifierTests
{
    private static FdaRelease Csv => FdaFiles.Release(FdaFiles.Csv);

    [Theory]
    [InlineData("K251399", "GE Medical Systems, LLC", FdaCompanyMatch.Exact)]
    [InlineData("k 251399", "ge medical systems llc", FdaCompanyMatch.Variant)]
    [InlineData("251399", "GE Medical Systems LLC", FdaCompanyMatch.Variant)]
    [InlineData("K243144", "Scopio Labs Ltd.", FdaCompanyMatch.Variant)]
    [InlineData("den230027", "Ankon Technologies Co., Ltd", FdaCompanyMatch.Normalised)]
    [InlineData("230027", "ANKON TECHNOLOGIES", FdaCompanyMatch.Variant)]
    [InlineData("P130020 S005", "GE Healthcare", FdaCompanyMatch.Exact)]
    public void Verify_ListedNumberOfThisCompany_IsVerifiedWithTheDecisionDate(string number, string company, FdaCompanyMatch match)
    {
        var result = FdaVerifier.Verify(Csv, number, company);

        Assert.Equal((FdaVerificationOutcome.Verified, match), (result.Outcome, result.CompanyMatch));
        Assert.Equal(Csv.Find(result.SubmissionNumber!)!.DecisionDate, result.DecisionDate);
    }

    [Fact]
    public void Verify_ListedNumberOfAnotherCompany_IsAMismatchNamingTheListedCompany()
    {
        var result = FdaVerifier.Verify(Csv, "K251399", "Siemens Healthineers AG");

        Assert.Equal(FdaVerificationOutcome.CompanyMismatch, result.Outcome);
        Assert.Equal(("K251399", "GE Medical Systems, LLC", new DateOnly(2025, 9, 11)), (result.SubmissionNumber, result.ListedCompany, result.DecisionDate));
        Assert.Equal(FdaCompanyMatch.None, result.CompanyMatch);
    }

    [Fact]
    public void Verify_ListedCompanyWithTabAndLineFeed_IsShownWithout()
    {
        var result = FdaVerifier.Verify(Csv, "DEN230027", "Other Company");

        Assert.Equal((FdaVerificationOutcome.CompanyMismatch, "Ankon Technologies co., ltd"), (result.Outcome, result.ListedCompany));
    }

    [Theory]
    [InlineData("K999999", "K999999")]
    [InlineData("999999", "K999999")]
    [InlineData("DEN999999", "DEN999999")]
    public void Verify_NumberNotListed_IsUnknown(string number, string normalised)
    {
        var result = FdaVerifier.Verify(Csv, number, "GE Medical Systems, LLC");

        Assert.Equal((FdaVerificationOutcome.Unknown, normalised), (result.Outcome, result.SubmissionNumber));
        Assert.Null(result.Entry);
        Assert.Null(result.DecisionDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("510(k)")]
    [InlineData("K25139")]
    [InlineData("CE 0344")]
    public void Verify_InputThatCannotBeANumber_IsInvalid(string? number)
    {
        Assert.Equal(FdaVerificationOutcome.InvalidNumber, FdaVerifier.Verify(Csv, number, "GE Medical Systems, LLC").Outcome);
    }

    [Fact]
    public void Verify_NumberOnlyInAnEarlierRelease_IsDelistedWithItsDecisionDate()
    {
        var newer = new FdaRelease([.. Csv.Entries.Where(e => e.SubmissionNumber != "K250151")], Csv.ReleaseDate, "", FdaLayout.Csv);
        var removed = FdaReleaseDiff.Compare(Csv.Entries, newer.Entries).Removed.ToDictionary(e => e.SubmissionNumber);

        var result = FdaVerifier.Verify(newer, "K250151", "Us2.ai", removed);

        Assert.Equal((FdaVerificationOutcome.Delisted, FdaCompanyMatch.Variant), (result.Outcome, result.CompanyMatch));
        Assert.Equal(Csv.Find("K250151")!.DecisionDate, result.DecisionDate);
        Assert.Equal(FdaVerificationOutcome.Unknown, FdaVerifier.Verify(newer, "K250151", "Us2.ai").Outcome);
    }

    [Fact]
    public void Verify_BareDigitsListedUnderTwoPrefixes_PrefersTheOneOfThisCompany()
    {
        var entries = new Dictionary<string, FdaEntry>
        {
            ["K123456"] = new("K123456", new DateOnly(2024, 1, 1), "Scanner", "Acme Inc.", "Radiology", "LLZ"),
            ["DEN123456"] = new("DEN123456", new DateOnly(2024, 2, 1), "Triage", "Beta Ltd.", "Radiology", "QAS"),
        };

        Assert.Equal("DEN123456", FdaVerifier.Verify(entries, "123456", "Beta").SubmissionNumber);
        Assert.Equal(("K123456", FdaVerificationOutcome.CompanyMismatch), (FdaVerifier.Verify(entries, "123456", "Gamma").SubmissionNumber, FdaVerifier.Verify(entries, "123456", "Gamma").Outcome));
    }
}
