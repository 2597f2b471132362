using Baken.Cli.Validation;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Cli.Tests.Validation;

public sealed class RocCurveTests
{
    [Fact]
    public void Points_Unthinned_EncloseExactlyTheEnginesAurocWithTies()
    {
        var data = PredictionReader.ReadCsv(ValidationFiles.Csv("synthetic_ties_20k"), new PredictionColumns(), TestContext.Current.CancellationToken);
        var auroc = ClassifierValidator.Run(data, new ClassifierOptions { BootstrapReplicates = 0 }).Overall.Auroc!.Value;

        var points = RocCurve.Points(data, maxPoints: int.MaxValue);

        Assert.Equal(auroc, Area(points), 1e-12);
    }

    [Fact]
    public void Points_LargeFile_AreThinnedToAboutFiveHundredAndStayClose()
    {
        var data = PredictionReader.ReadCsv(ValidationFiles.Csv("synthetic_100k"), new PredictionColumns(), TestContext.Current.CancellationToken);
        var auroc = ClassifierValidator.Run(data, new ClassifierOptions { BootstrapReplicates = 0 }).Overall.Auroc!.Value;

        var points = RocCurve.Points(data);

        Assert.InRange(points.Count, 100, 502);
        Assert.Equal((0.0, 0.0), points[0]);
        Assert.Equal((1.0, 1.0), points[^1]);
        Assert.Equal(auroc, Area(points), 1e-3);
    }

    [Fact]
    public void Points_ScoresCrowdedIntoOneBin_AreStillPlacedAlongTheCurve()
    {
        // 10,000 distinct scores within 1e-6 of each other: one histogram bin that must be resolved by sorting.
        var random = new Random(7);
        var labels = Enumerable.Range(0, 10_000).Select(_ => (byte)random.Next(2)).ToArray();
        var scores = labels.Select(l => 0.5 + (1e-6 * Math.Clamp((0.3 * l) + (0.7 * random.NextDouble()), 0, 1))).ToArray();
        var data = PredictionSet.FromArrays(labels, scores);
        var auroc = ClassifierValidator.Run(data, new ClassifierOptions { BootstrapReplicates = 0 }).Overall.Auroc!.Value;

        var points = RocCurve.Points(data);

        Assert.InRange(points.Count, 100, 502);
        Assert.Equal(auroc, Area(points), 1e-3);
    }

    [Fact]
    public void Points_OneClass_AreEmpty()
    {
        var data = PredictionSet.FromArrays([1, 1, 1], [0.2, 0.5, 0.9]);

        Assert.Empty(RocCurve.Points(data));
    }

    private static double Area(IReadOnlyList<(double Fpr, double Tpr)> points) =>
        points.Zip(points.Skip(1), (a, b) => (b.Fpr - a.Fpr) * (a.Tpr + b.Tpr) / 2).Sum();
}
