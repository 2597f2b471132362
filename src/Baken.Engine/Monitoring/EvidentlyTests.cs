namespace Baken.Engine.Monitoring;

// Evidently's stattests (0.7.21, src/evidently/legacy/calculations/stattests/), each on counts:
// psi.py, jensenshannon.py (scipy's jensenshannon, natural log), chisquare_stattest.py
// (scipy.stats.chisquare against the reference shares scaled to the period size) and
// z_stattest.py (two-proportion z-test on "differs from the first value"), with the defaults of
// registry.py: each test's threshold and drift rule, and _get_default_stattest.
internal static class EvidentlyTests
{
    public const string Psi = "psi";
    public const string JensenShannon = "jensenshannon";
    public const string Ks = "ks";
    public const string Wasserstein = "wasserstein";
    public const string ChiSquare = "chisquare";
    public const string Z = "z";

    public static double Threshold(string test) => test switch
    {
        Psi or JensenShannon or Wasserstein => 0.1,
        _ => 0.05,
    };

    // Distances drift at or above the threshold; p-values below it, except ks at or below.
    public static bool Drifts(string test, double value) => test switch
    {
        Psi or JensenShannon or Wasserstein => value >= Threshold(test),
        Ks => value <= Threshold(test),
        _ => value < Threshold(test),
    };

    // registry._get_default_stattest; nR counts the reference's non-missing values.
    public static string DefaultTest(long referenceCount, long distinctInUnion, bool numerical)
    {
        if (referenceCount <= 1000)
        {
            if (numerical && distinctInUnion > 5)
            {
                return Ks;
            }

            return distinctInUnion > 2 ? ChiSquare : Z;
        }

        if (numerical)
        {
            return distinctInUnion <= 5 ? JensenShannon : Wasserstein;
        }

        return JensenShannon;
    }

    // PSI = Σ (r - c) ln(r / c) on the bin shares after get_binned_data's zero floor: a zero
    // share becomes m/10^6 when the smallest non-zero share m is at most 0.0001, else 0.0001 (for
    // each sample separately; no renormalisation).
    public static double PopulationStabilityIndex(long[] countsR, long nR, long[] countsC, long nC)
    {
        var r = FloorZeros(Shares(countsR, nR));
        var c = FloorZeros(Shares(countsC, nC));
        var sum = 0.0;
        for (var i = 0; i < r.Length; i++)
        {
            sum += (r[i] - c[i]) * Math.Log(r[i] / c[i]);
        }

        return sum;
    }

    // scipy.spatial.distance.jensenshannon(p, q, base): p and q normalised to sum 1, m their mean,
    // sqrt((KL(p||m) + KL(q||m)) / 2), a term with zero mass counting 0; base 2 divides by ln 2.
    public static double JensenShannonDistance(double[] p, double[] q, double? logBase = null)
    {
        double sumP = 0, sumQ = 0;
        for (var i = 0; i < p.Length; i++)
        {
            sumP += p[i];
            sumQ += q[i];
        }

        double left = 0, right = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var pi = p[i] / sumP;
            var qi = q[i] / sumQ;
            var m = (pi + qi) / 2.0;
            left += RelativeEntropy(pi, m);
            right += RelativeEntropy(qi, m);
        }

        var js = left + right;
        if (logBase is { } b)
        {
            js /= Math.Log(b);
        }

        return Math.Sqrt(js / 2.0);
    }

    // scipy.stats.chisquare(f_obs = period counts, f_exp = reference counts × nC/nR): p-value with
    // k - 1 degrees of freedom; an expected count of zero makes the statistic infinite (p = 0).
    public static double ChiSquarePValue(long[] countsR, long nR, long[] countsC, long nC)
    {
        var scale = nC / (double)nR;
        var statistic = 0.0;
        for (var i = 0; i < countsR.Length; i++)
        {
            var expected = countsR[i] * scale;
            var difference = countsC[i] - expected;
            statistic += difference * difference / expected;
        }

        return SpecialFunctions.ChiSquareSurvival(statistic, countsR.Length - 1);
    }

    // z_stattest: p = 1 when both samples hold one and the same value; otherwise each value is
    // coded 1 when it differs from the first (smallest) value of the union, and
    // p = 2 (1 - Φ(|z|)) for the pooled two-proportion z.
    public static double ZTestPValue(long[] countsR, long nR, long[] countsC, long nC)
    {
        var presentR = countsR.Count(c => c > 0);
        var presentC = countsC.Count(c => c > 0);
        if (presentR == 1 && presentC == 1 && Array.FindIndex(countsR, c => c > 0) == Array.FindIndex(countsC, c => c > 0))
        {
            return 1.0;
        }

        double n1 = nR, n2 = nC;
        var p1 = (nR - countsR[0]) / n1;
        var p2 = (nC - countsC[0]) / n2;
        var pooled = ((p1 * n1) + (p2 * n2)) / (n1 + n2);
        var z = (p1 - p2) / Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        return 2 * (1 - SpecialFunctions.NormalCdf(Math.Abs(z)));
    }

    public static double[] Shares(long[] counts, long total)
    {
        var shares = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            shares[i] = counts[i] / (double)total;
        }

        return shares;
    }

    private static double[] FloorZeros(double[] shares)
    {
        var smallest = double.PositiveInfinity;
        foreach (var s in shares)
        {
            if (s != 0)
            {
                smallest = Math.Min(smallest, s);
            }
        }

        var floor = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = shares[i] == 0 ? floor : shares[i];
        }

        return shares;
    }

    // scipy.special.rel_entr: x ln(x / y), 0 when x = 0.
    private static double RelativeEntropy(double x, double y) =>
        x > 0 && y > 0 ? x * Math.Log(x / y) : x == 0 && y >= 0 ? 0.0 : double.PositiveInfinity;
}
