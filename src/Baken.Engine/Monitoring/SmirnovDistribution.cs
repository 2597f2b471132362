namespace Baken.Engine.Monitoring;

// Pr(D_n+ >= x), the one-sided Kolmogorov-Smirnov (Smirnov) tail, following scipy's
// special.smirnov (cephes kolmogorov.c, van Mulbregt 2018): the Smirnov / Birnbaum-Tingey sum
//     Pr = x Σ_{v=0}^{⌊n(1-x)⌋} C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v),
// or, for small x and few terms, its complement summed from v = n down. scipy keeps the terms in
// double-double; here the binomial is a scaled double and each term's powers are formed in
// logarithms: relative errors near 1e-12 at n = 500,000, far inside the 1e-6 the p-values need.
internal static class SmirnovDistribution
{
    private const int MaxComputeN = 1_000_000;
    private const int UpperSumMaxTerms = 3;
    private const int UpperSumMinN = 10;
    private const double MinLog = -708.3964185322641;
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static double Survival(int n, double x)
    {
        if (!(n > 0 && x >= 0.0 && x <= 1.0))
        {
            return double.NaN;
        }

        if (n == 1)
        {
            return 1 - x;
        }

        if (x == 0.0)
        {
            return 1.0;
        }

        if (x == 1.0)
        {
            return 0.0;
        }

        var (nxFloor, alpha) = FloorAndRemainder(n, x);
        var lowerLast = n - nxFloor - (alpha == 0 ? 0 : 1);
        var upperFirst = n - nxFloor;
        if (alpha == 0)
        {
            // x·n is an integer: the boundary term belongs to neither sum.
            lowerLast--;
            upperFirst++;
        }

        if (nxFloor == 0 || (nxFloor == 1 && alpha == 0))
        {
            // x <= 1/n: Pr(D_n+ < x) = x (1 + x)^(n-1).
            return 1 - (x * Math.Pow(1 + x, n - 1));
        }

        if (-2 * n * x * x < MinLog)
        {
            return 0.0;
        }

        if (nxFloor >= n - 1)
        {
            return Math.Pow(1 - x, n);
        }

        if (n > MaxComputeN)
        {
            var logP = -Math.Pow((6.0 * n * x) + 1, 2) / 18.0 / n;
            return logP < -Math.Log(2) ? Math.Exp(logP) : 1 - (-double.ExpM1(logP));
        }

        var upperTerms = n - upperFirst + 1;
        var useUpperSum = (upperTerms <= 1 && x < 0.5)
            || (n >= UpperSumMinN && upperTerms <= UpperSumMaxTerms && x <= 0.5 / Math.Sqrt(n));
        var probability = useUpperSum ? x * UpperSum(n, x, upperTerms) : x * LowerSum(n, x, lowerLast + 1);
        var survival = useUpperSum ? 1 - probability : probability;
        return Math.Clamp(survival, 0.0, 1.0);
    }

    // Σ_{v=0}^{terms-1} A_v with A_v = C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v); all positive.
    // Stops, as scipy does, once the remaining terms cannot change the sum.
    private static double LowerSum(int n, double x, int terms)
    {
        var sum = Math.Pow(1 - x, n) / x;
        var binomial = new ScaledBinomial();
        for (var v = 1; v < terms; v++)
        {
            binomial.Next(n, v);
            var a = binomial.Term(n, x, v);
            sum += a;
            if (a != 0)
            {
                if (4.0 * (terms - v) * a < MachineEpsilon * sum && v != terms - 1)
                {
                    break;
                }
            }
            else if (v > n / 2)
            {
                break;
            }
        }

        return sum;
    }

    // Σ_{v=n}^{n-terms+1} A_v: the few terms with 1 - x - v/n < 0 alternate in sign.
    private static double UpperSum(int n, double x, int terms)
    {
        var sum = Math.Pow(1 + x, n - 1);
        var binomial = new ScaledBinomial();
        for (var j = 1; j < terms; j++)
        {
            binomial.Next(n, j);
            sum += binomial.Term(n, x, n - j);
        }

        return sum;
    }

    // C(n, v) as mantissa × 2^exponent (it overflows a double long before the terms do), updated
    // by C(n, v) = C(n, v - 1) (n - v + 1) / v; a term's powers are taken in logarithms and joined
    // with the exponent before one exp, so each term carries a relative error of about 1e-13.
    private struct ScaledBinomial()
    {
        private double _mantissa = 1.0;
        private int _exponent;

        public void Next(int n, int v)
        {
            _mantissa *= (n - v + 1) / (double)v;
            var e = Math.ILogB(_mantissa);
            _mantissa = Math.ScaleB(_mantissa, -e);
            _exponent += e;
        }

        public readonly double Term(int n, double x, int v)
        {
            var below = ((n - v) / (double)n) - x;
            var above = (v / (double)n) + x;
            var log = (_exponent * Math.Log(2)) + ((v - 1) * Math.Log(above)) + ((n - v) * Math.Log(Math.Abs(below)));
            var magnitude = log < -745 ? 0.0 : _mantissa * Math.Exp(log);
            return below < 0 && (n - v) % 2 == 1 ? -magnitude : magnitude;
        }
    }

    // ⌊n·x⌋ and the remainder n·x - ⌊n·x⌋, exactly (the product's rounding error comes from an FMA).
    private static (int Floor, double Remainder) FloorAndRemainder(int n, double x)
    {
        var product = n * x;
        var error = Math.FusedMultiplyAdd(n, x, -product);
        var floor = Math.Floor(product);
        var remainder = (product - floor) + error;
        if (remainder < 0)
        {
            floor -= 1;
            remainder += 1;
        }
        else if (remainder >= 1)
        {
            floor += 1;
            remainder -= 1;
        }

        return ((int)floor, remainder);
    }
}
