namespace Baken.Engine.Monitoring;

// The two-sided two-sample Kolmogorov-Smirnov p-value of scipy.stats.ks_2samp(method="auto"),
// ported from scipy/stats/_stats_py.py (scipy 1.10): exact when both samples have at most 10,000
// values (_attempt_exact_2kssamp: h = round(D·lcm), then _compute_prob_outside_square for equal
// sizes, else the Hodges/Viehmann "inside" recursion), otherwise, or when the exact count fails,
// Kolmogorov's distribution kstwo.sf(D, round(nR·nC/(nR + nC))). Clipped to [0, 1].
internal static class KolmogorovSmirnov
{
    private const int MaxExactN = 10_000;

    public static double PValue(double d, long n1, long n2)
    {
        if (n1 <= 0 || n2 <= 0 || double.IsNaN(d))
        {
            return double.NaN;
        }

        if (Math.Max(n1, n2) <= MaxExactN)
        {
            var (success, rounded, probability) = AttemptExact(n1, n2, d);
            if (success)
            {
                return Math.Clamp(probability, 0.0, 1.0);
            }

            d = rounded;
        }

        double m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        var en = m * n / (m + n);
        var p = KolmogorovDistribution.Survival((int)Math.Round(en, MidpointRounding.ToEven), d);
        return double.IsNaN(p) ? p : Math.Clamp(p, 0.0, 1.0);
    }

    // The statistic ks_2samp reports (what NannyML takes): in exact mode it is the D the count used,
    // h/lcm with h = round(D·lcm), so it can differ from D in the last bits.
    public static double Statistic(double d, long n1, long n2)
    {
        if (Math.Max(n1, n2) > MaxExactN || n1 <= 0 || n2 <= 0)
        {
            return d;
        }

        var lcm = n1 / Gcd(n1, n2) * n2;
        return Math.Round(d * lcm, MidpointRounding.ToEven) * 1.0 / lcm;
    }

    internal static (bool Success, double D, double Probability) AttemptExact(long n1, long n2, double d)
    {
        var g = Gcd(n1, n2);
        var lcm = n1 / g * n2;
        var h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
        d = h * 1.0 / lcm;
        if (h == 0)
        {
            return (true, d, 1.0);
        }

        var probability = n1 == n2 ? ProbabilityOutsideSquare(n1, h) : OuterProbabilityInside(n1, n2, g, h);
        return double.IsFinite(probability) && probability is >= 0 and <= 1 ? (true, d, probability) : (false, d, probability);
    }

    // Pr(D_{n,n} >= h/n) = 2 (A0 - A0A1 + A0A1A2 - ...), each A_k a ratio of binomials divided
    // out term by term and summed Horner-like to avoid cancellation.
    internal static double ProbabilityOutsideSquare(long n, long h)
    {
        var p = 0.0;
        for (var k = n / h; k >= 0; k--)
        {
            var p1 = 1.0;
            for (long j = 0; j < h; j++)
            {
                p1 = (n - (k * h) - j) * p1 / (n + (k * h) + j + 1);
            }

            p = p1 * (1.0 - p);
        }

        return 2 * p;
    }

    // The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m - y/n| < h/lcm,
    // by Hodges' inside method with Viehmann's (2021) recursion for 1 - p: one sliding column.
    internal static double OuterProbabilityInside(long m, long n, long g, long h)
    {
        if (m < n)
        {
            (m, n) = (n, m);
        }

        var mg = m / g;
        var ng = n / g;
        var minJ = 0L;
        var maxJ = Math.Min((long)Math.Ceiling(h / (double)mg), n + 1);
        var currentLength = maxJ - minJ;
        var lengthA = (int)Math.Min((2 * maxJ) + 2, n + 1);
        var a = new double[lengthA];
        Array.Fill(a, 1.0);
        a.AsSpan((int)minJ, (int)Math.Min(maxJ, lengthA) - (int)minJ).Clear();
        for (long i = 1; i <= m; i++)
        {
            var lastMinJ = minJ;
            var lastLength = currentLength;
            minJ = Math.Min(Math.Max((long)Math.Floor(((ng * i) - h) / (double)mg) + 1, 0), n);
            maxJ = Math.Min((long)Math.Ceiling(((ng * i) + h) / (double)mg), n + 1);
            if (maxJ <= minJ)
            {
                return 1.0;
            }

            var value = minJ == 0 ? 0.0 : 1.0;
            for (long jj = 0; jj < maxJ - minJ; jj++)
            {
                var j = jj + minJ;
                value = ((a[jj + minJ - lastMinJ] * i) + (value * j)) / (i + j);
                a[jj] = value;
            }

            currentLength = maxJ - minJ;
            if (lastLength > currentLength)
            {
                var from = (int)(maxJ - minJ);
                var to = (int)Math.Min(from + (lastLength - currentLength), lengthA);
                a.AsSpan(from, Math.Max(to - from, 0)).Fill(1.0);
            }
        }

        return a[maxJ - minJ - 1];
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
