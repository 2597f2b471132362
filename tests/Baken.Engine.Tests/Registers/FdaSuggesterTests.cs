using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

public sealed class FdaSuggesterTests
{
    private static readonly FdaEntry[] Fixture =
    [
        Entry("K000001", 2023, "Acme Imaging Inc.", "Lung Scan"),
        Entry("K000002", 2024, "Acme Imaging, Inc", "Lung Scanner Pro"),
        Entry("K000003", 2025, "Other Co.", "Lung-Scan"),
        Entry("K000004", 2025, "Acme Imaging Inc.", "Heart Tool"),
        Entry("K000005", 2022, "Unrelated GmbH", "Knee Planner"),
    ];

    [Fact]
    public void Suggest_RanksByTheDocumentedScore()
    {
        var suggestions = FdaSuggester.Create(Fixture).Suggest("ACME imaging", "lung scan");

        // K000001: company 1 + device (1 + 1)/2 = 2; K000002: 1 + (1 + 0.5)/2 = 1.75; K000004: 1 + 0;
        // K000003: 0 + 1 = 1, newer than K000004 so first among the two; K000005 scores 0.
        Assert.Equal([("K000001", 2.0), ("K000002", 1.75), ("K000003", 1.0), ("K000004", 1.0)],
            suggestions.Select(s => (s.Entry.SubmissionNumber, s.Score)));
    }

    [Fact]
    public void Suggest_CaseAndPunctuationAndLegalForms_DoNotMatter()
    {
        var suggester = FdaSuggester.Create(Fixture);

        var plain = suggester.Suggest("acme imaging", "lungscan").Select(s => s.Entry);
        var typed = suggester.Suggest("Acme-Imaging, Inc.", "LUNGSCAN!").Select(s => s.Entry);

        Assert.Equal(plain, typed);
    }

    [Fact]
    public void Suggest_TopAndNothingMatching_AreHonoured()
    {
        var suggester = FdaSuggester.Create(Fixture);

        Assert.Single(suggester.Suggest("acme", null, top: 1));
        Assert.Empty(suggester.Suggest("zzz", "qqq"));
        Assert.Empty(suggester.Suggest("", " - "));
        Assert.Throws<ArgumentOutOfRangeException>(() => suggester.Suggest("acme", null, top: 0));
    }

    [Fact]
    public void Suggest_CsvFile_AidocBriefCaseGivesAidocsNewestBriefCasesUnderBothSpellings()
    {
        var release = FdaFiles.Release(FdaFiles.Csv);
        string[] spellings = ["Aidoc Medical, Ltd.", "Aidoc Medical , Ltd."];
        var aidocBriefCases = release.Entries.Where(e => spellings.Contains(e.Company) && e.Device.StartsWith("BriefCase", StringComparison.Ordinal)).ToList();

        var suggestions = FdaSuggester.Create(release.Entries).Suggest("aidoc", "briefcase", top: 5);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(2.0, s.Score));
        Assert.All(suggestions, s => Assert.Contains(s.Entry, aidocBriefCases));
        Assert.Equal(aidocBriefCases.Max(e => e.DecisionDate), suggestions[0].Entry.DecisionDate);
        Assert.Equal(suggestions.Select(s => s.Entry.DecisionDate).OrderDescending(), suggestions.Select(s => s.Entry.DecisionDate));
        Assert.Equal("Aidoc Medical , Ltd.", suggestions[0].Entry.Company);
    }

    [Fact]
    public void Suggest_CsvFile_TrademarkTypedOrNotFindsSignaSprint()
    {
        var suggester = FdaSuggester.Create(FdaFiles.Release(FdaFiles.Csv).Entries);

        var typed = suggester.Suggest("GE Medical Systems", "SIGNA™ Sprint", top: 5);

        // "SIGNA Sprint Select" (K253779, 2026) holds both device words too, and is newer.
        Assert.Equal(["K253779", "K251399"], typed.Take(2).Select(s => s.Entry.SubmissionNumber));
        Assert.Equal([2.0, 2.0], typed.Take(2).Select(s => s.Score));
        Assert.Equal("SIGNA\u0099 Sprint", typed[1].Entry.Device);
        Assert.Equal(typed, suggester.Suggest("ge medical systems llc", "signa sprint", top: 5));
    }

    private static FdaEntry Entry(string number, int year, string company, string device) =>
        new(number, new DateOnly(year, 1, 1), device, company, "Radiology", "QIH");
}
