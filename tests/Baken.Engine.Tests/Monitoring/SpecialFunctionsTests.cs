using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The distribution functions behind the chi-square and z tests, against scipy 1.10.1: the
/// expected values were printed once with /usr/bin/python3 (scipy.stats.chi2.sf(x, k) and
/// scipy.stats.norm.cdf(z)) and pasted here.
public sealed class SpecialFunctionsTests
{
    public static TheoryData<double, int, double> ChiSquare() => new()
    {
        { 3.2, 1, 0.07363827012030258 },
        { 10.5, 4, 0.03279698999488366 },
        { 0.01, 2, 0.9950124791926823 },
        { 250.0, 3, 6.543750030967994e-54 },
        { 1e-05, 1, 0.9974768716831944 },
        { 40.0, 20, 0.0049954123083075785 },
        { 7.815, 3, 0.049993902974883875 },
    };

    public static TheoryData<double, double> Normal() => new()
    {
        { 0.0, 0.5 },
        { 0.3, 0.6179114221889526 },
        { -0.3, 0.3820885778110474 },
        { 0.70710678, 0.760249938537867 },
        { 1.0, 0.8413447460685429 },
        { -2.5, 0.006209665325776132 },
        { 3.7, 0.9998922002665226 },
        { 8.0, 0.9999999999999993 },
        { -8.0, 6.22096057427174e-16 },
        { 12.0, 1.0 },
    };

    [Theory]
    [MemberData(nameof(ChiSquare))]
    public void ChiSquareSurvival_ScipyCase_MatchesChi2Sf(double x, int degreesOfFreedom, double expected)
    {
        var actual = SpecialFunctions.ChiSquareSurvival(x, degreesOfFreedom);

        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"expected {expected:R}, got {actual:R}");
    }

    [Theory]
    [MemberData(nameof(Normal))]
    public void NormalCdf_ScipyCase_MatchesNormCdf(double z, double expected)
    {
        var actual = SpecialFunctions.NormalCdf(z);

        Assert.True(Math.Abs(actual - expected) <= 1e-13 * expected, $"expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void ChiSquareSurvival_InfiniteStatisticOrNoDegreesOfFreedom_IsZeroOrUndefined()
    {
        Assert.Equal(0.0, SpecialFunctions.ChiSquareSurvival(double.PositiveInfinity, 3));
        Assert.True(double.IsNaN(SpecialFunctions.ChiSquareSurvival(0.0, 0)));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(7.5)]
    [InlineData(2.3)]
    [InlineData(250.25)]
    public void LogGamma_AnyArgument_MatchesTheFactorialRecurrence(double a) =>
        Assert.Equal(Math.Log(a), SpecialFunctions.LogGamma(a + 1) - SpecialFunctions.LogGamma(a), 10);
}
