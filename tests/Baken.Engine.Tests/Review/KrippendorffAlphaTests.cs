using Baken.Engine.Review;

namespace Baken.Engine.Tests.Review;

public sealed class KrippendorffAlphaTests
{
    // The reliability data of Krippendorff (2011), "Computing Krippendorff's alpha-reliability",
    // section C: four observers, twelve units, missing values; the paper gives interval alpha 0.849.
    private static readonly double?[][] Observers =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    [Fact]
    public void Interval_PublishedExample_Gives0849()
    {
        var units = Enumerable.Range(0, 12)
            .Select(u => (IReadOnlyList<double>)[.. Observers.Select(o => o[u]).OfType<double>()]);

        var alpha = KrippendorffAlpha.Interval(units);

        Assert.NotNull(alpha);
        Assert.Equal(0.849, alpha.Value, 3);
    }

    [Fact]
    public void Interval_PerfectAgreement_IsOne()
    {
        IReadOnlyList<double>[] units = [[1, 1], [3, 3, 3], [5, 5]];

        Assert.Equal(1.0, KrippendorffAlpha.Interval(units));
    }

    [Fact]
    public void Interval_NoPairsOrNoVariation_IsUndefined()
    {
        Assert.Null(KrippendorffAlpha.Interval([[1.0], [2.0]]));
        Assert.Null(KrippendorffAlpha.Interval([[2.0, 2.0], [2.0, 2.0]]));
    }

    [Fact]
    public void Interval_SystematicDisagreement_IsBelowZero()
    {
        IReadOnlyList<double>[] units = [[1, 5], [5, 1], [1, 5], [5, 1]];

        Assert.True(KrippendorffAlpha.Interval(units) < 0);
    }
}
