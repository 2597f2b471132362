using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class RougeTests
{
    public static TheoryData<string, string> Predictions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, row) in AciBench.Predictions)
        {
            data.Add(file, row);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Predictions))]
    public void Score_AciBenchTest2_ReproducesThePaperTable(string file, string row)
    {
        var reference = DocumentReader.ReadCsv(AciBench.Reference, new DocumentColumns("reference", "note"));
        var generated = DocumentReader.ReadCsv(AciBench.Prediction(file), new DocumentColumns("generated", "note"));
        var pairs = DocumentPairing.Pair(reference, generated);
        Assert.Equal(40, pairs.Pairs.Count);

        var scores = pairs.Pairs.Select(p => Rouge.Score(p.Reference.Text, p.Candidate.Text)).ToList();
        var (rouge1, rouge2, rougeLsum) = AciBench.TableRow(row);
        Assert.Equal(rouge1, Percent(scores.Average(s => s.Rouge1)));
        Assert.Equal(rouge2, Percent(scores.Average(s => s.Rouge2)));
        Assert.Equal(rougeLsum, Percent(scores.Average(s => s.RougeLsum)));
    }

    [Fact]
    public void Score_KnownSmallTexts_MatchesHandCounts()
    {
        // Reference "the cat sat on the mat" (6 tokens), prediction "the cat on the mat" (5 tokens):
        // unigram overlap 5, bigrams overlap 3 of 5 and 4, LCS 5.
        var s = Rouge.Score("The cat sat on the mat.", "the cat, on the mat");
        Assert.Equal(2 * 5.0 / 11, s.Rouge1, 12);
        Assert.Equal(2 * (3 / 4.0) * (3 / 5.0) / ((3 / 4.0) + (3 / 5.0)), s.Rouge2, 12);
        Assert.Equal(2 * 5.0 / 11, s.RougeL, 12);
        Assert.Equal(s.RougeL, s.RougeLsum, 12);
    }

    [Fact]
    public void Score_LinesInAnotherOrder_LowersRougeLButNotRougeLsum()
    {
        var reference = "patient has a cough\nplan chest x ray";
        var prediction = "plan chest x ray\npatient has a cough";
        var s = Rouge.Score(reference, prediction);
        Assert.Equal(1.0, s.Rouge1, 12);
        Assert.Equal(1.0, s.RougeLsum, 12);
        Assert.True(s.RougeL < 0.6, $"rougeL {s.RougeL}");
    }

    [Fact]
    public void Tokens_NonAsciiAndPunctuation_SplitLikeRougeScore()
    {
        Assert.Equal(["blood", "pressure", "120", "80", "pati", "nt"], Rouge.Tokens("Blood-pressure: 120/80, patiënt"));
    }

    private static double Percent(double fraction) => Math.Round(fraction * 100, 2, MidpointRounding.ToEven);
}
