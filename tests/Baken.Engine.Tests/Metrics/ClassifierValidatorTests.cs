using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Metrics;

public sealed class ClassifierValidatorTests
{
    private static readonly ClassifierOptions NoBootstrap = new() { BootstrapReplicates = 0 };

    [Fact]
    public void Run_NoRows_ReturnsNullsInsteadOfThrowing()
    {
        var result = Run(PredictionSet.FromArrays([], []));

        var m = result.Overall;
        Assert.Equal(0, m.N);
        Assert.All(new double?[] { m.Prevalence, m.Auroc, m.AurocSe, m.Auprc, m.Brier, m.LogLoss, m.CalibrationSlope, m.ObservedExpectedRatio, m.Ece },
            Assert.Null);
        Assert.Empty(m.CalibrationCurve.MeanPredicted);
        Assert.All(m.Thresholds, t => Assert.Null(t.Accuracy));
    }

    [Fact]
    public void Run_SingleClass_LeavesRankAndFitMetricsUndefined()
    {
        var m = Run(PredictionSet.FromArrays([0, 0, 0, 0], [0.1, 0.2, 0.6, 0.9])).Overall;

        Assert.Null(m.Auroc);
        Assert.Null(m.AurocSe);
        Assert.Null(m.AurocCi95);
        Assert.Null(m.Auprc);
        Assert.Null(m.CalibrationInTheLarge);
        Assert.Null(m.CalibrationIntercept);
        Assert.Null(m.CalibrationSlope);
        Assert.Equal(0.0, m.ObservedExpectedRatio);
        Assert.Equal((0.01 + 0.04 + 0.36 + 0.81) / 4, m.Brier!.Value, 1e-15);
    }

    [Fact]
    public void Run_SingleClassWithBootstrap_DoesNotThrow()
    {
        var m = Run(PredictionSet.FromArrays([1, 1, 1], [0.1, 0.2, 0.6]), NoBootstrap with { BootstrapReplicates = 50 }).Overall;

        Assert.Null(m.Bootstrap!.Auroc);
        Assert.Null(m.Bootstrap.CalibrationSlope);
        Assert.NotNull(m.Bootstrap.Brier);
    }

    [Fact]
    public void Run_PerfectSeparation_ClipsCiToOneAndReportsNoFit()
    {
        var m = Run(PredictionSet.FromArrays([0, 0, 0, 1, 1, 1], [0.1, 0.2, 0.3, 0.7, 0.8, 0.9])).Overall;

        Assert.Equal(1.0, m.Auroc);
        Assert.Equal(0.0, m.AurocSe);
        Assert.Equal(new ConfidenceInterval(1.0, 1.0), m.AurocCi95);
        // The likelihood keeps rising as the slope grows: no maximum, so no slope.
        Assert.Null(m.CalibrationSlope);
    }

    [Fact]
    public void Run_ThresholdAboveAllScores_HasNullPpvAndF1StillDefined()
    {
        var options = NoBootstrap with { Thresholds = [0.95, 0.0, 1.0] };

        var thresholds = Run(PredictionSet.FromArrays([0, 1, 0, 1], [0.1, 0.4, 0.5, 0.9]), options).Overall.Thresholds;

        var high = thresholds[0];
        Assert.Equal((0L, 0L, 2L, 2L), (high.Tp, high.Fp, high.Fn, high.Tn));
        Assert.Null(high.Ppv);
        Assert.Equal(0.0, high.Sensitivity);
        Assert.Equal(0.0, high.F1);
        Assert.Equal(0.5, high.Npv);
        var zero = thresholds[1];
        Assert.Equal((2L, 2L, 0L, 0L), (zero.Tp, zero.Fp, zero.Fn, zero.Tn));
        Assert.Null(zero.Npv);
        Assert.Equal(0.0, zero.Specificity);
        Assert.Equal(0.5, zero.NetBenefit);
        Assert.Null(thresholds[2].NetBenefit);
    }

    [Fact]
    public void Run_ScoreEqualToThreshold_CountsAsPredictedPositive()
    {
        var t = Run(PredictionSet.FromArrays([1, 0], [0.5, 0.5]), NoBootstrap with { Thresholds = [0.5] }).Overall.Thresholds[0];

        Assert.Equal((1L, 1L), (t.Tp, t.Fp));
        Assert.Equal(0.5 - (0.5 * (0.5 / 0.5)), t.NetBenefit);
    }

    [Fact]
    public void Run_ScoresOnBinEdges_GoToTheLowerBinAndEmptyBinsAreDropped()
    {
        // 0.1 and 0.2 sit exactly on numpy's edges 1*0.1 and 2*0.1, so they join bins 0 and 1;
        // 0.30000000000000004 is the edge 3*0.1 itself (bin 2), 0.3 lies just below it (bin 2 too);
        // 0.0 is bin 0 and 1.0 bin 9. Bins 3 to 8 are empty.
        double[] scores = [0.0, 0.1, 0.2, 0.3, 0.30000000000000004, 1.0];
        byte[] labels = [0, 1, 0, 1, 1, 1];

        var curve = Run(PredictionSet.FromArrays(labels, scores)).Overall.CalibrationCurve;

        Assert.Equal([0.05, 0.2, 0.30000000000000004 / 2 + 0.15, 1.0], curve.MeanPredicted, Tolerance(1e-15));
        Assert.Equal([0.5, 0.0, 1.0, 1.0], curve.FractionPositive);
    }

    [Fact]
    public void Run_ScoreJustAboveAnEdge_GoesToTheUpperBin()
    {
        var curve = Run(PredictionSet.FromArrays([0, 1], [0.1, Math.BitIncrement(0.1)])).Overall.CalibrationCurve;

        Assert.Equal(2, curve.MeanPredicted.Count);
    }

    [Fact]
    public void Run_CalibratedScores_HaveSlopeOneInterceptZeroAndRatioOne()
    {
        var m = Run(Synthetic.Calibrated(200_000, 41)).Overall;

        Assert.InRange(m.CalibrationSlope!.Value, 0.97, 1.03);
        Assert.InRange(m.CalibrationIntercept!.Value, -0.03, 0.03);
        Assert.InRange(m.CalibrationInTheLarge!.Value, -0.03, 0.03);
        Assert.InRange(m.ObservedExpectedRatio!.Value, 0.97, 1.03);
        Assert.InRange(m.Ece!.Value, 0.0, 0.01);
    }

    [Fact]
    public void Run_OverconfidentScores_HaveSlopeBelowOne()
    {
        // logit(p') = 2 logit(p): the true recalibration slope is 1/2.
        var m = Run(Synthetic.Calibrated(200_000, 42, p => 1.0 / (1.0 + Math.Pow((1 - p) / p, 2)))).Overall;

        Assert.InRange(m.CalibrationSlope!.Value, 0.48, 0.52);
    }

    [Fact]
    public void Run_LogLoss_ClipsExtremeScores()
    {
        var m = Run(PredictionSet.FromArrays([1, 0], [0.0, 0.5])).Overall;

        Assert.Equal((-Math.Log(1e-15) - Math.Log(0.5)) / 2, m.LogLoss!.Value, 1e-12);
    }

    [Fact]
    public void Run_SmallCells_AreSuppressedUnlessTheyHaveEnoughRowsPositivesAndNegatives()
    {
        // a: 20 rows, 10 positives, 10 negatives (reported); b: 19 rows, 10 positives, 9 negatives;
        // c: 30 rows, 9 positives; d: 9 rows.
        var groups = new List<(string Value, int Positives, int Negatives)> { ("a", 10, 10), ("b", 10, 9), ("c", 9, 21), ("d", 5, 4) };
        var labels = new List<byte>();
        var scores = new List<double>();
        var values = new List<string>();
        var random = new Random(3);
        foreach (var (value, positives, negatives) in groups)
        {
            for (var i = 0; i < positives + negatives; i++)
            {
                labels.Add(i < positives ? (byte)1 : (byte)0);
                scores.Add(random.NextDouble());
                values.Add(value);
            }
        }

        var data = PredictionSet.FromArrays([.. labels], [.. scores], [SubgroupColumn.FromValues("g", values)]);

        var result = Run(data);

        var column = Assert.Single(result.Subgroups);
        Assert.Equal(["a", "b", "c", "d"], column.Values.Select(v => v.Value));
        Assert.Equal([false, true, true, true], column.Values.Select(v => v.Suppressed));
        Assert.Equal(20, column.Values[0].Metrics!.N);
    }

    [Fact]
    public void Run_SubgroupValues_AreOrderedOrdinallyWhateverTheInputOrder()
    {
        var data = Synthetic.Create(3_000, 43);
        string[] sites = ["z", "B", "a", "b"];
        var column = SubgroupColumn.FromValues("site", [.. Enumerable.Range(0, data.Count).Select(i => sites[i % 4])]);

        var result = Run(PredictionSet.FromArrays(data.Labels.ToArray(), data.Scores.ToArray(), [column]));

        Assert.Equal(["B", "a", "b", "z"], result.Subgroups[0].Values.Select(v => v.Value));
    }

    [Fact]
    public void Run_Subgroup_EqualsRunningOnThatSubgroupsRowsAlone()
    {
        var data = Synthetic.Create(6_000, 44, decimals: 2);
        var column = SubgroupColumn.FromValues("part", [.. Enumerable.Range(0, data.Count).Select(i => i % 3 == 0 ? "x" : "y")]);
        var withGroups = PredictionSet.FromArrays(data.Labels.ToArray(), data.Scores.ToArray(), [column]);
        var xRows = Enumerable.Range(0, data.Count).Where(i => i % 3 == 0).ToArray();
        var onlyX = PredictionSet.FromArrays([.. xRows.Select(i => data.Labels[i])], [.. xRows.Select(i => data.Scores[i])]);
        var options = NoBootstrap with { BootstrapReplicates = 50 };

        var fromSubgroup = Run(withGroups, options).Subgroups[0].Values[0].Metrics!;
        var direct = Run(onlyX, options).Overall;

        Assert.Equal(direct.Auroc, fromSubgroup.Auroc);
        Assert.Equal(direct.AurocSe, fromSubgroup.AurocSe);
        Assert.Equal(direct.Auprc, fromSubgroup.Auprc);
        Assert.Equal(direct.Brier!.Value, fromSubgroup.Brier!.Value, 1e-15);
        Assert.Equal(direct.Thresholds, fromSubgroup.Thresholds);
    }

    [Fact]
    public void Run_Metadata_CarriesProvenanceAndTheCallersClock()
    {
        var clock = new FixedClock();
        var data = PredictionReader.ReadCsv(GoldenFiles.Csv("breast_cancer_logreg"), new PredictionColumns(), TestContext.Current.CancellationToken);

        var result = ClassifierValidator.Run(data, NoBootstrap with { ProtocolId = "urn:baken:protocol:1", Seed = 12 }, clock,
            TestContext.Current.CancellationToken);

        var m = result.Metadata;
        Assert.Equal(ClassifierValidator.EngineVersion, m.EngineVersion);
        Assert.Equal("urn:baken:protocol:1", m.ProtocolId);
        Assert.Equal(data.InputSha256, m.InputSha256);
        Assert.Equal((228L, 228L, 0L), (m.RowsRead, m.RowsUsed, m.RowsRejected));
        Assert.Equal(12, m.Seed);
        Assert.Equal(clock.Now, m.StartedAt);
        Assert.Equal(clock.Now, m.FinishedAt);
        Assert.Null(m.DataFrom);
    }

    [Fact]
    public void Run_TimestampColumn_GivesTheDataPeriod()
    {
        var csv = "y_true,y_score,at\n0,0.2,2024-02-01T08:00:00Z\n1,0.7,2023-12-31T23:00:00-01:00\n1,0.9,2024-01-15T12:00:00Z\n";
        var data = PredictionReader.ReadCsv(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)),
            new PredictionColumns { TimestampColumn = "at" }, TestContext.Current.CancellationToken);

        var metadata = Run(data).Metadata;

        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), metadata.DataFrom);
        Assert.Equal(new DateTime(2024, 2, 1, 8, 0, 0, DateTimeKind.Utc), metadata.DataTo);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Run_ThresholdOutsideUnitInterval_Throws(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(PredictionSet.FromArrays([0, 1], [0.2, 0.8]), NoBootstrap with { Thresholds = [threshold] }));
    }

    private static ClassifierResult Run(PredictionSet data, ClassifierOptions? options = null) =>
        ClassifierValidator.Run(data, options ?? NoBootstrap, new FixedClock(), TestContext.Current.CancellationToken);

    private static Comparer Tolerance(double tolerance) => new(tolerance);

    private sealed class Comparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
