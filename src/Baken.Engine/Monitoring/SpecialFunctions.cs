namespace Baken.Engine.Monitoring;

// The distribution functions the drift tests need (scipy's chi2.sf and norm.cdf), from the
// regularised incomplete gamma function: P(a, x) by its power series, Q(a, x) by its continued
// fraction (modified Lentz), each where it converges fast; both accurate to about 1e-14 relative.
internal static class SpecialFunctions
{
    private const double Epsilon = 1e-16;
    private const int MaxIterations = 10_000;
    private static readonly double LogSqrtPi = 0.5 * Math.Log(Math.PI);

    // Survival function of the chi-square distribution (scipy chi2.sf = cephes chdtrc(df, x) =
    // igamc(df/2, x/2)); NaN for df <= 0, as scipy's argument check gives.
    public static double ChiSquareSurvival(double x, int degreesOfFreedom)
    {
        if (degreesOfFreedom <= 0 || double.IsNaN(x))
        {
            return double.NaN;
        }

        return x <= 0 ? 1.0 : UpperGamma(degreesOfFreedom / 2.0, x / 2.0);
    }

    // Standard normal CDF, in the form of cephes ndtr: 0.5 + 0.5 erf(x/√2) near zero, the
    // complementary function in the tails, so 1 - Φ is as exact as scipy's.
    public static double NormalCdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var t = x * Math.Sqrt(0.5);
        var z = Math.Abs(t);
        if (z < Math.Sqrt(0.5))
        {
            return 0.5 + (0.5 * Erf(t));
        }

        var y = 0.5 * Erfc(z);
        return t > 0 ? 1.0 - y : y;
    }

    // erf(x) = sign(x) P(1/2, x²); erfc(x) = Q(1/2, x²) for x >= 0.
    public static double Erf(double x) => x == 0 ? x : Math.Sign(x) * LowerGamma(0.5, x * x);

    public static double Erfc(double x) => x < 0 ? 2.0 - Erfc(-x) : x == 0 ? 1.0 : UpperGamma(0.5, x * x);

    // ln Γ(a) for a > 0: exact products for the integers and half-integers the tests use
    // (degrees of freedom / 2), Lanczos (g = 7, nine terms) otherwise.
    public static double LogGamma(double a)
    {
        if (a <= 0 || double.IsNaN(a))
        {
            return double.NaN;
        }

        var twice = 2 * a;
        if (twice == Math.Floor(twice) && a <= 171)
        {
            // Γ(k) = (k - 1)!, Γ(k + 1/2) = √π Π_{j=1..k} (j - 1/2).
            var integer = a == Math.Floor(a);
            var product = 1.0;
            for (var j = integer ? 1.0 : 0.5; j < a; j++)
            {
                product *= j;
            }

            return Math.Log(product) + (integer ? 0.0 : LogSqrtPi);
        }

        return Lanczos(a);
    }

    // P(a, x), the regularised lower incomplete gamma function.
    public static double LowerGamma(double a, double x)
    {
        if (x <= 0)
        {
            return 0.0;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 1.0;
        }

        return x < a + 1 ? Series(a, x) : 1.0 - ContinuedFraction(a, x);
    }

    // Q(a, x) = 1 - P(a, x), computed directly in the upper tail.
    public static double UpperGamma(double a, double x)
    {
        if (x <= 0)
        {
            return 1.0;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 0.0;
        }

        return x < a + 1 ? 1.0 - Series(a, x) : ContinuedFraction(a, x);
    }

    private static double Prefactor(double a, double x) => Math.Exp((a * Math.Log(x)) - x - LogGamma(a));

    // P(a, x) = x^a e^-x / Γ(a + 1) Σ_k x^k / ((a + 1)...(a + k)).
    private static double Series(double a, double x)
    {
        var term = 1.0 / a;
        var sum = term;
        for (var k = 1; k < MaxIterations; k++)
        {
            term *= x / (a + k);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Prefactor(a, x);
    }

    // Q(a, x) = x^a e^-x / Γ(a) · 1/(x + 1 - a - 1·(1 - a)/(x + 3 - a - 2·(2 - a)/(x + 5 - a - ...))).
    private static double ContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h * Prefactor(a, x);
    }

    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static double Lanczos(double a)
    {
        if (a < 0.5)
        {
            // Reflection: Γ(a)Γ(1 - a) = π / sin(πa).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * a))) - Lanczos(1 - a);
        }

        var z = a - 1;
        var sum = LanczosCoefficients[0];
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            sum += LanczosCoefficients[i] / (z + i);
        }

        var t = z + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((z + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
