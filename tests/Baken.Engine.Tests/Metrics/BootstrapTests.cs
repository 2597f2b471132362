using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Metrics;

public sealed class BootstrapTests
{
    [Fact]
    public void Run_LargeSample_AurocIntervalAgreesWithDeLong()
    {
        var data = Synthetic.Create(20_000, 31);
        var options = new ClassifierOptions { BootstrapReplicates = 500, Seed = 7, Thresholds = [] };

        var overall = ClassifierValidator.Run(data, options, cancellationToken: TestContext.Current.CancellationToken).Overall;

        var delong = overall.AurocCi95!.Value;
        var bootstrap = overall.Bootstrap!.Auroc!.Value;
        var midpoint = (delong.Lower + delong.Upper) / 2;
        Assert.InRange(midpoint, bootstrap.Lower, bootstrap.Upper);
        var ratio = (bootstrap.Upper - bootstrap.Lower) / (delong.Upper - delong.Lower);
        Assert.InRange(ratio, 0.85, 1.15);
    }

    [Fact]
    public void Run_LargeSample_EveryIntervalContainsItsPointEstimate()
    {
        var data = Synthetic.Calibrated(20_000, 32, p => 1.0 / (1.0 + Math.Exp(-1.5 * Math.Log(p / (1 - p)))));
        var options = new ClassifierOptions { BootstrapReplicates = 300, Seed = 3, Thresholds = [] };

        var overall = ClassifierValidator.Run(data, options, cancellationToken: TestContext.Current.CancellationToken).Overall;

        var b = overall.Bootstrap!;
        Assert.Equal(300, b.Replicates);
        Assert.InRange(overall.Auprc!.Value, b.Auprc!.Value.Lower, b.Auprc.Value.Upper);
        Assert.InRange(overall.Brier!.Value, b.Brier!.Value.Lower, b.Brier.Value.Upper);
        Assert.InRange(overall.CalibrationSlope!.Value, b.CalibrationSlope!.Value.Lower, b.CalibrationSlope.Value.Upper);
        // A model whose logits are 1.5 times too large has a true calibration slope of 1/1.5.
        Assert.InRange(1 / 1.5, b.CalibrationSlope.Value.Lower, b.CalibrationSlope.Value.Upper);
    }

    [Fact]
    public void Run_SameSeed_GivesIdenticalIntervalsWhateverTheThreadCount()
    {
        var data = Synthetic.Create(5_000, 33, decimals: 2);
        var ct = TestContext.Current.CancellationToken;
        var options = new ClassifierOptions { BootstrapReplicates = 200, Seed = 99 };

        var parallel = ClassifierValidator.Run(data, options, cancellationToken: ct).Overall.Bootstrap;
        var again = ClassifierValidator.Run(data, options, cancellationToken: ct).Overall.Bootstrap;
        var sequential = ClassifierValidator.Run(data, options with { MaxDegreeOfParallelism = 1 }, cancellationToken: ct).Overall.Bootstrap;

        Assert.Equal(parallel, again);
        Assert.Equal(parallel, sequential);
    }

    [Fact]
    public void Run_DifferentSeed_GivesDifferentIntervals()
    {
        var data = Synthetic.Create(5_000, 34);
        var ct = TestContext.Current.CancellationToken;
        var options = new ClassifierOptions { BootstrapReplicates = 200, Seed = 1 };

        var first = ClassifierValidator.Run(data, options, cancellationToken: ct).Overall.Bootstrap;
        var second = ClassifierValidator.Run(data, options with { Seed = 2 }, cancellationToken: ct).Overall.Bootstrap;

        Assert.NotEqual(first!.Auroc, second!.Auroc);
    }

    [Fact]
    public void AurocReplicates_SmallSampleCoverage_IsNearNominal()
    {
        // Coverage: over many independent samples from one population, the 95% percentile interval
        // should contain the population AUROC about 95% of the time (loose bounds: 60 trials).
        var population = Synthetic.Create(200_000, 35);
        var truth = RankMetrics.Compute(RankedSample.Rank(population), new UnitWeights()).Auroc!.Value;
        var covered = 0;
        const int trials = 60;
        for (var trial = 0; trial < trials; trial++)
        {
            var sample = RankedSample.Rank(Synthetic.Create(400, 1000 + trial));
            var replicates = Bootstrap.AurocReplicates(sample, 400, BootstrapRandom.Stream(trial, ""));
            var ci = Bootstrap.Percentiles(replicates)!.Value;
            covered += ci.Lower <= truth && truth <= ci.Upper ? 1 : 0;
        }

        Assert.InRange(covered, 50, 60);
    }

    [Fact]
    public void DrawCounts_ManyDraws_AreUniformOverRows()
    {
        var counts = new byte[10];
        var totals = new long[10];
        for (var r = 0; r < 10_000; r++)
        {
            Bootstrap.DrawCounts(counts, BootstrapRandom.ForReplicate(42, r));
            Assert.Equal(10, counts.Sum(c => c));
            for (var i = 0; i < 10; i++)
            {
                totals[i] += counts[i];
            }
        }

        Assert.All(totals, t => Assert.InRange(t, 9_600, 10_400));
    }

    [Fact]
    public void Percentiles_KnownValues_InterpolateLinearlyLikeNumpy()
    {
        // numpy.percentile(range(11), [2.5, 97.5]) == [0.25, 9.75]; NaN (undefined replicates) is skipped.
        double[] values = [.. Enumerable.Range(0, 11).Select(i => (double)(10 - i)), double.NaN];

        Assert.Equal(new ConfidenceInterval(0.25, 9.75), Bootstrap.Percentiles(values));
    }

    [Fact]
    public void Run_SubgroupsWithBootstrap_DrawIndependentStreams()
    {
        var data = Synthetic.Create(4_000, 36);
        // Two subgroups with the same rows in the same order would give identical intervals if
        // they shared a random stream.
        var labels = data.Labels.ToArray();
        var scores = data.Scores.ToArray();
        var doubled = PredictionSet.FromArrays(
            [.. labels, .. labels], [.. scores, .. scores],
            [SubgroupColumn.FromValues("copy", [.. Enumerable.Repeat("first", data.Count), .. Enumerable.Repeat("second", data.Count)])]);
        var options = new ClassifierOptions { BootstrapReplicates = 100, Seed = 5, Thresholds = [] };

        var values = ClassifierValidator.Run(doubled, options, cancellationToken: TestContext.Current.CancellationToken).Subgroups[0].Values;

        Assert.Equal(values[0].Metrics!.Auroc, values[1].Metrics!.Auroc);
        Assert.NotEqual(values[0].Metrics!.Bootstrap!.Auroc, values[1].Metrics!.Bootstrap!.Auroc);
    }
}
