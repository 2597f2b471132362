using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Metrics;

public sealed class RankMetricsTests
{
    [Theory]
    [InlineData(1, null)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void Compute_RandomDataWithAndWithoutTies_EqualsPairCountingDefinition(int seed, int? decimals)
    {
        var data = Synthetic.Create(700, seed, decimals: decimals);

        var (auroc, _) = RankMetrics.Compute(Rank(data), new UnitWeights());

        Assert.Equal(BruteForceAuroc(data.Labels.ToArray(), data.Scores.ToArray()), auroc!.Value, 1e-14);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, 1)]
    public void DeLongStandardError_RandomData_EqualsPlacementValueDefinition(int seed, int? decimals)
    {
        var data = Synthetic.Create(500, seed, decimals: decimals);
        var sample = Rank(data);
        var auroc = RankMetrics.Compute(sample, new UnitWeights()).Auroc!.Value;

        var se = RankMetrics.DeLongStandardError(sample, auroc);

        Assert.Equal(BruteForceDeLong(data.Labels.ToArray(), data.Scores.ToArray()), se!.Value, 1e-14);
    }

    [Fact]
    public void Compute_SmallHandWorkedCase_MatchesStepwiseAveragePrecision()
    {
        // Ranked: 0.9 (pos), 0.8 (neg), 0.7 (pos), 0.1 (neg): AP = 1/2 * 1 + 1/2 * 2/3.
        var sample = RankedSample.FromUnsorted([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]);

        var (auroc, auprc) = RankMetrics.Compute(sample, new UnitWeights());

        Assert.Equal(0.75, auroc);
        Assert.Equal((0.5 * 1.0) + (0.5 * 2.0 / 3.0), auprc!.Value, 1e-15);
    }

    [Fact]
    public void Compute_AllScoresTied_GivesOneHalfAndPrevalenceAsAveragePrecision()
    {
        var sample = RankedSample.FromUnsorted([1, 0, 0, 1, 0], [0.4, 0.4, 0.4, 0.4, 0.4]);

        var (auroc, auprc) = RankMetrics.Compute(sample, new UnitWeights());

        Assert.Equal(0.5, auroc);
        Assert.Equal(0.4, auprc!.Value, 1e-15);
    }

    [Fact]
    public void Compute_OneClassOnly_IsUndefined()
    {
        var negatives = RankedSample.FromUnsorted([0, 0, 0], [0.1, 0.2, 0.3]);
        var positives = RankedSample.FromUnsorted([1, 1], [0.1, 0.2]);

        Assert.Equal((null, null), RankMetrics.Compute(negatives, new UnitWeights()));
        Assert.Null(RankMetrics.Compute(positives, new UnitWeights()).Auroc);
        Assert.Equal(1.0, RankMetrics.Compute(positives, new UnitWeights()).Auprc);
    }

    [Theory]
    [InlineData("square")]
    [InlineData("sqrt")]
    [InlineData("sigmoid-steep")]
    public void Compute_MonotoneTransformOfScores_LeavesAurocUnchanged(string transform)
    {
        // Scores on a 1/1000 grid so that the transforms keep distinct scores distinct and ties tied.
        var data = Synthetic.Create(5000, 11, decimals: 3);
        Func<double, double> f = transform switch
        {
            "square" => p => p * p,
            "sqrt" => Math.Sqrt,
            _ => p => 1.0 / (1.0 + Math.Exp(-8.0 * (p - 0.5))),
        };
        var transformed = PredictionSet.FromArrays(data.Labels.ToArray(), [.. data.Scores.ToArray().Select(f)]);

        var before = RankMetrics.Compute(Rank(data), new UnitWeights());
        var after = RankMetrics.Compute(Rank(transformed), new UnitWeights());

        Assert.Equal(before.Auroc, after.Auroc);
        Assert.Equal(before.Auprc, after.Auprc);
    }

    [Fact]
    public void Compute_CountWeights_EqualMaterialisedResample()
    {
        var data = Synthetic.Create(3000, 21, decimals: 2);
        var sample = Rank(data);
        var counts = new byte[sample.Count];
        Bootstrap.DrawCounts(counts, BootstrapRandom.ForReplicate(BootstrapRandom.Stream(5, ""), 3));
        var labels = new List<byte>();
        var scores = new List<double>();
        for (var i = 0; i < counts.Length; i++)
        {
            for (var k = 0; k < counts[i]; k++)
            {
                labels.Add(sample.Labels[i]);
                scores.Add(sample.Scores[i]);
            }
        }

        var resample = RankedSample.FromUnsorted([.. labels], [.. scores]);
        var weighted = RankMetrics.Compute(sample, new CountWeights(counts));
        var materialised = RankMetrics.Compute(resample, new UnitWeights());

        Assert.Equal(sample.Count, counts.Sum(c => c));
        Assert.Equal(materialised.Auroc!.Value, weighted.Auroc!.Value, 1e-15);
        Assert.Equal(materialised.Auprc!.Value, weighted.Auprc!.Value, 1e-13);
        Assert.Equal(
            CalibrationMetrics.Brier(resample.Scores, resample.Labels, new UnitWeights(), resample.Count),
            CalibrationMetrics.Brier(sample.Scores, sample.Labels, new CountWeights(counts), sample.Count), 1e-13);
        var weightedFit = CalibrationFit.InterceptSlope(sample.Labels, StoredLogits.From(sample.Scores), new CountWeights(counts));
        var materialisedFit = CalibrationFit.InterceptSlope(resample.Labels, new ComputedLogits(resample.ScoreArray), new UnitWeights());
        Assert.Equal(materialisedFit!.Value.Slope, weightedFit!.Value.Slope, 1e-10);
        Assert.Equal(materialisedFit.Value.Intercept, weightedFit.Value.Intercept, 1e-10);
    }

    private static RankedSample Rank(PredictionSet data) => RankedSample.Rank(data);

    private static double BruteForceAuroc(byte[] labels, double[] scores)
    {
        double concordant = 0;
        long pairs = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[i] == 1 && labels[j] == 0)
                {
                    pairs++;
                    concordant += scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0;
                }
            }
        }

        return concordant / pairs;
    }

    private static double BruteForceDeLong(byte[] labels, double[] scores)
    {
        var positives = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 1).Select(i => scores[i]).ToArray();
        var negatives = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 0).Select(i => scores[i]).ToArray();
        static double Psi(double x, double y) => x > y ? 1.0 : x == y ? 0.5 : 0.0;
        var v10 = positives.Select(x => negatives.Average(y => Psi(x, y))).ToArray();
        var v01 = negatives.Select(y => positives.Average(x => Psi(x, y))).ToArray();
        static double Variance(double[] v) => v.Sum(x => (x - v.Average()) * (x - v.Average())) / (v.Length - 1);
        return Math.Sqrt((Variance(v10) / v10.Length) + (Variance(v01) / v01.Length));
    }
}
