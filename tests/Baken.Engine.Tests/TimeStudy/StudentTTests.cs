using Baken.Engine.TimeStudy;

namespace Baken.Engine.Tests.TimeStudy;

// Expected values from mpmath 1.2.1 at 40 digits (/usr/bin/python3): the upper tail
// 0.5 * betainc(df/2, 1/2, 0, df/(df+t²), regularized=True) and its root found with findroot.
// scipy 1.10.1's t.ppf (cephes stdtrit) is accurate to only about 1e-9 here (at df = 1 it gives
// 12.706204736432095 where tan(0.475π) = 12.706204736174696), so it serves as a looser second check.
public sealed class StudentTTests
{
    [Theory]
    [InlineData(1, 12.706204736174705, 3.0776835371752534, 0.40722642092225766)]
    [InlineData(1.5, 6.0166631044279319, 2.1963984175655374, 0.40023609840179243)]
    [InlineData(2, 4.3026527297494639, 1.8856180831641267, 0.3962428304200888)]
    [InlineData(3.7, 2.8675207071911895, 1.5575658388615075, 0.39013374356573115)]
    [InlineData(9, 2.2621571627982055, 1.3830287383966323, 0.38549535187076244)]
    [InlineData(16.888981603120484, 2.1108725382050453, 1.3337338593333737, 0.38391909590618625)]
    [InlineData(51.011365496358536, 2.0075729100095477, 1.2983689152770156, 0.38269814476251579)]
    [InlineData(200, 1.9718962236339094, 1.2857987939948011, 0.38224436509466399)]
    [InlineData(1e4, 1.9602012398906263, 1.2816362297304775, 0.38209169561466614)]
    [InlineData(1e5, 1.9599877075346096, 1.281560031449361, 0.38208888959516882)]
    public void Quantile_FractionalAndLargeDf_MatchesMpmath(double df, double q975, double q90, double tail03)
    {
        Assert.Equal(q975, StudentT.Quantile(0.975, df), 1e-12 * q975);
        Assert.Equal(q90, StudentT.Quantile(0.9, df), 1e-12 * q90);
        Assert.Equal(-q975, StudentT.Quantile(0.025, df), 1e-12 * q975);
        Assert.Equal(tail03, StudentT.UpperTail(0.3, df), 1e-13);
    }

    [Theory]
    [InlineData(1, 12.706204736432095)]
    [InlineData(9, 2.2621571627409915)]
    [InlineData(51.011365496358536, 2.0075729078520066)]
    public void Quantile_AgainstScipyPpf_AgreesToItsAccuracy(double df, double scipyPpf)
    {
        Assert.Equal(scipyPpf, StudentT.Quantile(0.975, df), 1e-8 * scipyPpf);
    }

    [Fact]
    public void Quantile_OneDegreeOfFreedom_IsTheCauchyClosedForm()
    {
        Assert.Equal(Math.Tan(Math.PI * 0.475), StudentT.Quantile(0.975, 1), 1e-13);
    }

    [Fact]
    public void Quantile_Median_IsZero()
    {
        Assert.Equal(0, StudentT.Quantile(0.5, 7.3));
    }
}
