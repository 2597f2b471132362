using Baken.Core.Validation;

namespace Baken.Core.Tests.Validation;

public sealed class PoolingTests
{
    [Fact]
    public void RandomEffects_ThreeSites_MatchesIndependentComputation()
    {
        // Reference values computed separately (Python, same DerSimonian-Laird formulas on logit AUROC).
        var pooled = Pooling.RandomEffects([new(0.82, 0.02), new(0.78, 0.03), new(0.88, 0.015)])!;

        Assert.Equal(0.8319453834294304, pooled.Auroc, 1e-12);
        Assert.Equal(0.7670386520410121, pooled.Lower, 1e-12);
        Assert.Equal(0.8815604523463016, pooled.Upper, 1e-12);
        Assert.Equal(0.10706415332349017, pooled.Tau2, 1e-12);
        Assert.Equal(0.826938021056809, pooled.I2, 1e-12);
    }

    [Fact]
    public void RandomEffects_IdenticalSites_HasNoHeterogeneity()
    {
        var pooled = Pooling.RandomEffects([new(0.8, 0.02), new(0.8, 0.02)])!;

        Assert.Equal(0.8, pooled.Auroc, 1e-12);
        Assert.Equal(0, pooled.Tau2);
        Assert.Equal(0, pooled.I2);
    }

    [Fact]
    public void RandomEffects_PerfectOrSeLessSites_AreExcluded()
    {
        var pooled = Pooling.RandomEffects([new(1.0, 0.0), new(0.75, 0.04)])!;

        Assert.Equal(1, pooled.Sites);
        Assert.Equal(1, pooled.Excluded);
        Assert.Equal(0.75, pooled.Auroc, 1e-12);
        Assert.Null(Pooling.RandomEffects([new(1.0, 0.01)]));
    }
}
