using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The ports of scipy's KS routines against scipy 1.10.1 itself. Every expected value below was
/// printed once by /usr/bin/python3 (Debian bookworm: scipy 1.10.1, numpy 1.24.2) with the call
/// named in the comment above its table, and pasted here; ks_2samp's inputs are the formula
/// samples of FormulaSamples, computed the same way in python.
public sealed class KolmogorovSmirnovTests
{
    private const double Relative = 1e-9;

    // scipy.stats._stats_py._attempt_exact_2kssamp(n1, n2, gcd(n1, n2), d, 'two-sided')[2]
    public static TheoryData<long, long, double, double> Exact() => new()
    {
        { 100, 100, 0.17, 0.11119526053829192 },
        { 1000, 1000, 0.051, 0.14836452078962484 },
        { 10000, 10000, 0.012, 0.46757740082070737 },
        { 1000, 100, 0.13, 0.08598551276499534 },
        { 1000, 250, 0.0825, 0.13137430488599033 },
        { 3000, 7000, 0.031, 0.03463828190034216 },
        { 10000, 9999, 0.0211, 0.022813841347124136 },
        { 37, 59, 0.4, 0.0008777305812077474 },
        { 5, 7, 0.6, 0.16666666666666663 },
        { 1000, 12, 0.9, 3.9151773806323786e-12 },
    };

    // scipy.stats.kstwo.sf(x, n), one or more per branch of _kolmogn
    public static TheoryData<int, double, double> Asymptotic() => new()
    {
        { 3, 0.3, 0.8862222222222222 },                // n·x <= 1 (Ruben-Gambino)
        { 200, 0.0049, 1.0 },                          // n·x <= 1, n > 140
        { 30, 0.99, 2.0000000000000533e-60 },          // n·x >= n - 1
        { 120, 0.6, 7.709490418913161e-42 },           // x >= 0.5: 2·smirnov
        { 120, 0.05, 0.910263694858373 },              // n <= 140, n·x² <= 0.754693: Durbin
        { 120, 0.12, 0.05796867022718439 },            // n <= 140, n·x² <= 4: Pomeranz
        { 120, 0.3, 4.488623458478932e-10 },           // n <= 140, else 2·smirnov
        { 2609, 0.4, 0.0 },                            // n·x² >= 370
        { 2609, 0.03, 0.017888501761559428 },          // n·x² >= 2.2: 2·smirnov
        { 2609, 0.05, 4.154345977379836e-06 },
        { 923, 0.06, 0.0024881470053067485 },
        { 500000, 0.0025, 0.0038544560212235442 },
        { 2609, 0.0123, 0.8200513487400622 },          // Pelz-Good
        { 923, 0.02, 0.8466241690703107 },
        { 100001, 0.002, 0.8178361459744294 },
        { 100001, 0.004, 0.08129888811128061 },
        { 500000, 0.001, 0.698980144366366 },
    };

    // scipy.stats._ksstats._kolmogn_DMTW(n, x, cdf=True)
    public static TheoryData<int, double, double> Durbin() => new()
    {
        { 120, 0.05, 0.08973630514162699 },
        { 2000, 0.004, 1.0929556004957681044e-15 },
        { 2000, 0.007, 3.593678707007439916e-05 },
        { 60, 0.08, 0.1921022729549036 },
        { 10, 0.15, 0.04603473 },
    };

    // scipy.stats._ksstats._kolmogn_Pomeranz(n, x, cdf=True)
    public static TheoryData<int, double, double> Pomeranz() => new()
    {
        { 120, 0.12, 0.9420313297728156076 },
        { 60, 0.2, 0.9859765960397249 },
        { 140, 0.1, 0.88646342709909054495 },
        { 30, 0.25, 0.9612758432988947 },
    };

    // scipy.stats._ksstats._kolmogn_PelzGood(n, x, cdf=True)
    public static TheoryData<int, double, double> PelzGood() => new()
    {
        { 2609, 0.0123, 0.17994865125993775 },
        { 100001, 0.002, 0.1821638540255705 },
        { 500000, 0.001, 0.301019855633634 },
        { 5000, 0.015, 0.791538579038138 },
    };

    // scipy.special.smirnov(n, x)
    public static TheoryData<int, double, double> Smirnov() => new()
    {
        { 2609, 0.03, 0.008944250880779714 },          // lower sum
        { 50, 0.4, 4.93178168220503e-08 },
        { 1000, 0.1, 1.8518435484088554e-09 },
        { 200, 0.5, 4.628192705602842e-47 },
        { 5, 0.2, 0.58528 },
        { 20, 0.1, 0.6290710188849629 },
        { 100, 0.025, 0.8681674982884928 },            // upper sum (few terms, small x)
        { 400, 0.006, 0.9677570930090866 },
        { 10, 0.05, 0.9224335892010742 },              // x <= 1/n
        { 1000, 0.6, 0.0 },                            // -2 n x² below MINLOG
        { 5, 0.85, 7.593750000000005e-05 },            // x >= 1 - 1/n
        { 1500000, 0.001, 0.04975388620755022 },       // n above 10^6: approximation
    };

    // scipy.stats.ks_2samp(R, C) on FormulaSamples(n1, n2): (statistic, pvalue)
    public static TheoryData<int, int, double, double> TwoSample() => new()
    {
        { 800, 650, 0.05125, 0.29090386513150546 },              // exact, unequal sizes
        { 500, 500, 0.052, 0.5089169658042532 },                 // exact, equal sizes
        { 12000, 3000, 0.050333333333333334, 1.0062497366214572e-05 }, // asymptotic
        { 40, 10001, 0.06710828917108289, 0.9882564500125469 },  // asymptotic with n = 40
    };

    [Theory]
    [MemberData(nameof(Exact))]
    public void AttemptExact_ScipyCase_MatchesScipy(long n1, long n2, double d, double expected)
    {
        var (success, _, probability) = KolmogorovSmirnov.AttemptExact(n1, n2, d);

        Assert.True(success);
        AssertClose(expected, probability);
    }

    [Theory]
    [MemberData(nameof(Asymptotic))]
    public void Survival_ScipyCase_MatchesKstwoSf(int n, double x, double expected) =>
        AssertClose(expected, KolmogorovDistribution.Survival(n, x));

    [Theory]
    [MemberData(nameof(Durbin))]
    public void Durbin_ScipyCase_MatchesScipy(int n, double x, double expected) => AssertClose(expected, KolmogorovDistribution.Durbin(n, x));

    [Theory]
    [MemberData(nameof(Pomeranz))]
    public void Pomeranz_ScipyCase_MatchesScipy(int n, double x, double expected) => AssertClose(expected, KolmogorovDistribution.Pomeranz(n, x));

    [Theory]
    [MemberData(nameof(PelzGood))]
    public void PelzGood_ScipyCase_MatchesScipy(int n, double x, double expected) => AssertClose(expected, KolmogorovDistribution.PelzGood(n, x));

    [Theory]
    [MemberData(nameof(Smirnov))]
    public void SmirnovSurvival_ScipyCase_MatchesScipy(int n, double x, double expected) =>
        AssertClose(expected, SmirnovDistribution.Survival(n, x));

    [Theory]
    [MemberData(nameof(TwoSample))]
    public void PValue_FormulaSamples_MatchesKs2samp(int n1, int n2, double statistic, double pValue)
    {
        var (r, c) = FormulaSamples(n1, n2);

        var (d, _) = SampleDistance.Between(r, c);

        Assert.Equal(statistic, KolmogorovSmirnov.Statistic(d, n1, n2));
        AssertClose(pValue, KolmogorovSmirnov.PValue(d, n1, n2));
    }

    [Fact]
    public void AttemptExact_NoDifference_IsOne()
    {
        var (success, d, probability) = KolmogorovSmirnov.AttemptExact(300, 200, 0.0);

        Assert.True(success);
        Assert.Equal((0.0, 1.0), (d, probability));
    }

    // R_i = frac(i φ), C_j = 0.9 frac(j √2 - j) + 0.05, i, j from 1, sorted.
    internal static (double[] R, double[] C) FormulaSamples(int n1, int n2)
    {
        static double Frac(double v) => v - Math.Floor(v);
        var r = Enumerable.Range(1, n1).Select(i => Frac(i * 0.6180339887498949)).Order().ToArray();
        var c = Enumerable.Range(1, n2).Select(j => (Frac(j * 0.41421356237309503) * 0.9) + 0.05).Order().ToArray();
        return (r, c);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Abs(expected) + 1e-300,
            $"expected {expected:R}, got {actual:R} (relative error {Math.Abs(expected - actual) / Math.Abs(expected):E2})");
}
