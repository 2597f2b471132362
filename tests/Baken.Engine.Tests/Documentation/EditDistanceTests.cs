using Baken.Engine.Documentation;

namespace Baken.Engine.Tests.Documentation;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("linkerknie", "rechterknie", 5)]
    [InlineData("ibuprofen", "ibuprofen", 0)]
    [InlineData("rechts", "links", 5)]
    public void Chars_KnownPairs_GivesTheLevenshteinDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Chars(a, b));
        Assert.Equal(expected, EditDistance.Chars(b, a));
    }

    [Fact]
    public void Symbols_RandomSequencesAcrossBlockBoundaries_MatchTheFullTable()
    {
        var random = new Random(5);
        foreach (var (m, n) in new[] { (1, 1), (63, 64), (64, 64), (65, 70), (127, 129), (128, 300), (200, 150), (513, 500) })
        {
            for (var round = 0; round < 5; round++)
            {
                var alphabet = round + 2;
                var a = Enumerable.Range(0, m).Select(_ => random.Next(alphabet)).ToArray();
                var b = Enumerable.Range(0, n).Select(_ => random.Next(alphabet)).ToArray();
                Assert.Equal(Naive(a, b), EditDistance.Symbols(a, b, alphabet));
            }
        }
    }

    [Fact]
    public void Words_OneSubstitutionOneDeletionOneInsertion_CountsThree()
    {
        string[] reference = ["de", "patiënt", "krijgt", "twee", "tabletten", "paracetamol"];
        string[] hypothesis = ["de", "patient", "krijgt", "tabletten", "paracetamol", "vandaag"];
        Assert.Equal(3, EditDistance.Words(reference, hypothesis));
    }

    [Fact]
    public void Symbols_SymbolOutsideTheAlphabet_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.Symbols([0, 1, 2], [0, 1], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.Symbols([0], [-1], 2));
    }

    private static int Naive(int[] a, int[] b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
