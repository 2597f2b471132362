namespace Baken.Engine.TimeStudy;

// The Student t distribution for any positive (also fractional) degrees of freedom, as the Welch
// interval needs: CDF through the regularised incomplete beta function, quantile by a bracketed
// Newton iteration on the CDF. Written from the definitions (continued fraction evaluated with the
// modified Lentz method; log-gamma by the Lanczos approximation, g = 7, n = 9); agrees with
// scipy.stats.t to about 1e-12 (see the tests). One function did not justify a numerics library.
internal static class StudentT
{
    private const int MaxIterations = 10_000;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>P(T &gt; t) for t ≥ 0.</summary>
    public static double UpperTail(double t, double df)
    {
        var t2 = t * t;
        // x = df / (df + t²) and 1 - x computed separately, so that a small t loses no digits.
        return 0.5 * RegularisedBeta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
    }

    /// <summary>The p-quantile: the t with P(T ≤ t) = p.</summary>
    public static double Quantile(double p, double df)
    {
        if (!(p is > 0 and < 1) || !(df > 0) || double.IsInfinity(df))
        {
            throw new ArgumentOutOfRangeException(nameof(p), "Needs 0 < p < 1 and finite df > 0.");
        }

        if (p == 0.5)
        {
            return 0;
        }

        return p < 0.5 ? -UpperQuantile(p, df) : UpperQuantile(1 - p, df);
    }

    // The t ≥ 0 whose upper tail is q (< 0.5).
    private static double UpperQuantile(double q, double df)
    {
        double low = 0, high = 2;
        while (UpperTail(high, df) > q)
        {
            low = high;
            high *= 2;
        }

        var logNorm = -0.5 * Math.Log(df) - LogBeta(df / 2, 0.5);
        var t = (low + high) / 2;
        for (var i = 0; i < 200; i++)
        {
            var f = UpperTail(t, df) - q;
            if (f > 0)
            {
                low = t;
            }
            else
            {
                high = t;
            }

            var density = Math.Exp(logNorm - ((df + 1) / 2 * Log1P(t * t / df)));
            var next = t + (f / density);
            if (!(next > low && next < high))
            {
                next = (low + high) / 2;
            }

            if (Math.Abs(next - t) <= 1e-15 * Math.Max(1, t))
            {
                return next;
            }

            t = next;
        }

        return t;
    }

    // I_x(a, b), with y = 1 - x given exactly by the caller.
    public static double RegularisedBeta(double a, double b, double x, double y)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (y <= 0)
        {
            return 1;
        }

        // log x as log1p(-y) when x is near 1: with a large a (many degrees of freedom) the rounding of x itself would show.
        var logX = x > 0.5 ? Log1P(-y) : Math.Log(x);
        var logY = y > 0.5 ? Log1P(-x) : Math.Log(y);
        var front = Math.Exp((a * logX) + (b * logY) - LogBeta(a, b));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - (front * ContinuedFraction(b, a, y) / b);
    }

    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    // For a large a, log Γ(a) - log Γ(a + b) is a small difference of two large numbers; Stirling's
    // series for the difference keeps its digits (to about 1e-16 from a = 20 on).
    private static double LogBeta(double a, double b)
    {
        if (a < b)
        {
            (a, b) = (b, a);
        }

        if (a < 20)
        {
            return LogGamma(a) + LogGamma(b) - LogGamma(a + b);
        }

        var c = a + b;
        var difference = (-(a - 0.5) * Log1P(b / a)) - (b * Math.Log(c)) + b + StirlingTail(a) - StirlingTail(c);
        return LogGamma(b) + difference;
    }

    // log Γ(x) - ((x - 1/2) log x - x + log √(2π)): 1/(12x) - 1/(360x³) + 1/(1260x⁵) - 1/(1680x⁷).
    private static double StirlingTail(double x)
    {
        var inv = 1 / x;
        var inv2 = inv * inv;
        return inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 * ((1.0 / 1260) - (inv2 / 1680))))));
    }

    // log(1 + z), accurate also for a small z (Goldberg's correction: the error of forming 1 + z cancels).
    private static double Log1P(double z)
    {
        var u = 1 + z;
        return u == 1 ? z : Math.Log(u) * z / (u - 1);
    }

    // The continued fraction of I_x(a, b) (without its prefactor), by the modified Lentz method.
    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        var c = 1.0;
        var d = 1 - ((a + b) * x / (a + 1));
        d = 1 / (Math.Abs(d) < tiny ? tiny : d);
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            var even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / Guard(1 + (even * d));
            c = Guard(1 + (even / c));
            h *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / Guard(1 + (odd * d));
            c = Guard(1 + (odd / c));
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < 1e-16)
            {
                break;
            }
        }

        return h;

        static double Guard(double v) => Math.Abs(v) < tiny ? tiny : v;
    }
}
