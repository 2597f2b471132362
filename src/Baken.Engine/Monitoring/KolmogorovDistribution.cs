namespace Baken.Engine.Monitoring;

// The survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, ported from
// scipy's kstwo.sf (scipy/stats/_ksstats.py, _kolmogn with cdf=False): the method choice of Simard
// & L'Ecuyer (2011) over Ruben-Gambino's closed forms, the Durbin matrix (Marsaglia-Tsang-Wang),
// Pomeranz's recursion, the Pelz-Good expansion and twice the one-sided Smirnov tail. ks_2samp
// calls it with n = round(nR·nC/(nR + nC)) when the samples are too large for the exact count.
internal static partial class KolmogorovDistribution
{
    private const int Scale = 128;
    private static readonly double Up = Math.ScaleB(1.0, Scale);
    private static readonly double Down = Math.ScaleB(1.0, -Scale);

    // Pr(D_n > x).
    public static double Survival(int n, double x)
    {
        if (n <= 0 || double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x >= 1.0)
        {
            return 0.0;
        }

        if (x <= 0.0)
        {
            return 1.0;
        }

        var t = n * x;
        if (t <= 1.0)
        {
            // Ruben-Gambino: Pr(D_n <= x) = n!/n^n (2t - 1)^n for 1/(2n) <= x <= 1/n.
            if (t <= 0.5)
            {
                return 1.0;
            }

            double cdf;
            if (n <= 140)
            {
                cdf = 1.0;
                for (var i = 1; i <= n; i++)
                {
                    cdf *= i * (1.0 / n) * ((2 * t) - 1);
                }
            }
            else
            {
                cdf = Math.Exp(LogFactorialOverPower(n) + (n * Math.Log((2 * t) - 1)));
            }

            return Clip(1.0 - cdf);
        }

        if (t >= n - 1)
        {
            return Clip(2 * Math.Pow(1.0 - x, n));
        }

        if (x >= 0.5)
        {
            return Clip(2 * SmirnovDistribution.Survival(n, x));
        }

        var nxSquared = t * x;
        if (n <= 140)
        {
            if (nxSquared <= 0.754693)
            {
                return Clip(1.0 - Durbin(n, x));
            }

            if (nxSquared <= 4)
            {
                return Clip(1.0 - Pomeranz(n, x));
            }

            return Clip(2 * SmirnovDistribution.Survival(n, x));
        }

        if (nxSquared >= 370.0)
        {
            return 0.0;
        }

        if (nxSquared >= 2.2)
        {
            return Clip(2 * SmirnovDistribution.Survival(n, x));
        }

        var cdfProbability = n <= 100_000 && n * Math.Pow(x, 1.5) <= 1.4 ? Durbin(n, x) : PelzGood(n, x);
        return Clip(1.0 - cdfProbability);
    }

    // ln(n!/n^n) by Stirling's series with the n ln n term removed up front (no cancellation);
    // coefficients B_2j / (2j(2j - 1)), highest order first, evaluated in 1/n².
    private static readonly double[] StirlingCoefficients =
    [
        -3617.0 / 122400, 1.0 / 156, -691.0 / 360360, 1.0 / 1188, -1.0 / 1680, 1.0 / 1260, -1.0 / 360, 1.0 / 12,
    ];

    private static double LogFactorialOverPower(int n)
    {
        var rn = 1.0 / n;
        var x = rn / n;
        var polynomial = 0.0;
        foreach (var c in StirlingCoefficients)
        {
            polynomial = (polynomial * x) + c;
        }

        return (Math.Log(n) / 2) - n + (Math.Log(2 * Math.PI) / 2) + (rn * polynomial);
    }

    // Pr(D_n <= d) by Durbin's matrix: the (k, k) entry of H^n times n!/n^n, with d = (k - h)/n and
    // H of order 2k - 1; powers by squaring, rescaled by 2^128 with the exponent kept aside.
    internal static double Durbin(int n, double d)
    {
        if (d >= 1.0)
        {
            return 1.0;
        }

        var nd = n * d;
        if (nd <= 0.5)
        {
            return 0.0;
        }

        var k = (int)Math.Ceiling(nd);
        var h = k - nd;
        var m = (2 * k) - 1;
        var v = new double[m];
        var w = new double[m];
        var factorial = 1.0;
        for (var j = 1; j <= m; j++)
        {
            v[j - 1] = 1.0 - Math.Pow(h, j);
            w[j - 1] = factorial;
            factorial /= j;
            v[j - 1] *= factorial;
        }

        var tt = Math.Pow(Math.Max((2 * h) - 1.0, 0), m) - (2 * Math.Pow(h, m));
        v[m - 1] = (1.0 + tt) * factorial;

        var matrix = new double[m, m];
        for (var i = 1; i < m; i++)
        {
            for (var row = i - 1; row < m; row++)
            {
                matrix[row, i] = w[row - (i - 1)];
            }
        }

        for (var row = 0; row < m; row++)
        {
            matrix[row, 0] = v[row];
        }

        for (var column = 0; column < m; column++)
        {
            matrix[m - 1, column] = v[m - 1 - column];
        }

        var power = Identity(m);
        var exponent = 0;
        var matrixExponent = 0;
        for (var nn = n; nn > 0; nn /= 2)
        {
            if (nn % 2 == 1)
            {
                power = Multiply(power, matrix);
                exponent += matrixExponent;
            }

            matrix = Multiply(matrix, matrix);
            matrixExponent *= 2;
            if (Math.Abs(matrix[k - 1, k - 1]) > Up)
            {
                ScaleInPlace(matrix, Down);
                matrixExponent += Scale;
            }
        }

        var p = power[k - 1, k - 1];
        for (var i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < Down)
            {
                p *= Up;
                exponent -= Scale;
            }
        }

        if (exponent != 0)
        {
            p = Math.ScaleB(p, exponent);
        }

        return Clip(p);
    }

    private static double[,] Identity(int m)
    {
        var identity = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            identity[i, i] = 1.0;
        }

        return identity;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var m = a.GetLength(0);
        var product = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var l = 0; l < m; l++)
            {
                var ail = a[i, l];
                if (ail == 0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    product[i, j] += ail * b[l, j];
                }
            }
        }

        return product;
    }

    private static void ScaleInPlace(double[,] matrix, double factor)
    {
        var m = matrix.GetLength(0);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                matrix[i, j] *= factor;
            }
        }
    }

    private static double Clip(double p) => double.IsNaN(p) ? p : Math.Clamp(p, 0.0, 1.0);
}
