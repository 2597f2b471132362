namespace Baken.Engine.Monitoring;

// Pomeranz's recursion and the Pelz-Good expansion (scipy _kolmogn_Pomeranz, _kolmogn_PelzGood).
internal static partial class KolmogorovDistribution
{
    // Pr(D_n <= x) by Pomeranz (1974): 2n + 1 rows, each the convolution of the previous one with
    // (almost) Poisson probabilities; only two rows and their non-zero windows are kept.
    internal static double Pomeranz(int n, double x)
    {
        var t = n * x;
        var ll = (int)Math.Floor(t);
        var f = t - ll;
        var g = Math.Min(f, 1.0 - f);
        var ceilF = f > 0 ? 1 : 0;
        var roundF = f > 0.5 ? 1 : 0;
        var powers = 2 * (ll + 1);
        var gPower = new double[powers];
        var twoGPower = new double[powers];
        var oneMinusTwoGPower = new double[powers];
        gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1.0;
        double gOverN = g / n, twoGOverN = 2 * g / n, oneMinusTwoGOverN = (1 - (2 * g)) / n;
        for (var m = 1; m < powers; m++)
        {
            gPower[m] = gPower[m - 1] * gOverN / m;
            twoGPower[m] = twoGPower[m - 1] * twoGOverN / m;
            oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / m;
        }

        var v0 = new double[powers];
        var v1 = new double[powers];
        v1[0] = 1;
        int v0Start = 0, v1Start = 0, exponent = 0;
        var (j1, j2) = PomeranzWindow(0, n, ll, ceilF, roundF);
        var convolution = new double[2 * powers];
        for (var i = 1; i < (2 * n) + 2; i++)
        {
            var k1 = j1;
            (v0, v1) = (v1, v0);
            (v0Start, v1Start) = (v1Start, v0Start);
            Array.Clear(v1);
            (j1, j2) = PomeranzWindow(i, n, ll, ceilF, roundF);
            var p = i == 1 || i == (2 * n) + 1 ? gPower : i % 2 == 1 ? twoGPower : oneMinusTwoGPower;
            var length = j2 - k1 + 1;
            if (length <= 0)
            {
                continue;
            }

            // numpy.convolve(V0[k1 - V0s : k1 - V0s + length], p[:length]), slices clipped to the arrays.
            var from = k1 - v0Start;
            var a = Math.Max(0, Math.Min(length, powers - from));
            var b = Math.Min(length, powers);
            var full = a + b - 1;
            Array.Clear(convolution, 0, Math.Max(full, 0));
            for (var r = 0; r < a; r++)
            {
                var vr = v0[from + r];
                for (var s = 0; s < b; s++)
                {
                    convolution[r + s] += vr * p[s];
                }
            }

            var start = j1 - k1;
            var count = Math.Min(j2 - j1 + 1, full - start);
            var max = 0.0;
            for (var c = 0; c < count; c++)
            {
                v1[c] = convolution[start + c];
                max = Math.Max(max, v1[c]);
            }

            if (max > 0 && max < Down)
            {
                for (var c = 0; c < powers; c++)
                {
                    v1[c] *= Up;
                }

                exponent -= Scale;
            }

            v1Start = v0Start + j1 - k1;
        }

        var answer = v1[n - v1Start];
        for (var m = 1; m <= n; m++)
        {
            if (Math.Abs(answer) > Up)
            {
                answer *= Down;
                exponent += Scale;
            }

            answer *= m;
        }

        if (exponent != 0)
        {
            answer = Math.ScaleB(answer, exponent);
        }

        return Clip(answer);
    }

    private static (int J1, int J2) PomeranzWindow(int i, int n, int ll, int ceilF, int roundF)
    {
        int j1, j2;
        if (i == 0)
        {
            (j1, j2) = (-ll - ceilF - 1, ll + ceilF - 1);
        }
        else
        {
            var half = (i + 1) / 2;
            if ((i + 1) % 2 == 0)
            {
                (j1, j2) = half == n + 1
                    ? (n - ll - ceilF - 1, n + ll + ceilF - 1)
                    : (half - 1 - ll - roundF - 1, half + ll - 1 + ceilF - 1);
            }
            else
            {
                (j1, j2) = (half - 1 - ll - 1, half + ll + roundF - 1);
            }
        }

        return (Math.Max(j1 + 2, 0), Math.Min(j2, n));
    }

    // Pr(D_n <= x) by Pelz and Good (1976): Li-Chien/Korolyuk's K0 + K1/√n + K2/n + K3/n^1.5,
    // each term transformed with Jacobi theta functions for small z = x√n.
    internal static double PelzGood(int n, double x)
    {
        if (x <= 0.0)
        {
            return 0.0;
        }

        if (x >= 1.0)
        {
            return 1.0;
        }

        var z = Math.Sqrt(n) * x;
        double z2 = z * z, z3 = z * z * z, z4 = Math.Pow(z, 4), z6 = Math.Pow(z, 6);
        var qLog = -(Math.PI * Math.PI) / 8 / z2;
        if (qLog < -708)
        {
            return 0.0;
        }

        var q = Math.Exp(qLog);
        double pi2 = Math.PI * Math.PI, pi4 = Math.Pow(Math.PI, 4), pi6 = Math.Pow(Math.PI, 6);
        var k1a = -z2;
        var k1b = pi2 / 4;
        var k2a = (6 * z6) + (2 * z4);
        var k2b = ((2 * z4) - (5 * z2)) * pi2 / 4;
        var k2c = pi4 * (1 - (2 * z2)) / 16;
        var k3d = pi6 * (5 - (30 * z2)) / 64;
        var k3c = pi4 * ((-60 * z2) + (212 * z4)) / 16;
        var k3b = pi2 * ((135 * z4) - (96 * z6)) / 4;
        var k3a = (-30 * z6) - (90 * Math.Pow(z, 8));

        // Horner in q over the odd integers m = 2k - 1.
        Span<double> terms = stackalloc double[4];
        var maxK = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxK; k > 0; k--)
        {
            double m = (2 * k) - 1, m2 = m * m, m4 = Math.Pow(m, 4), m6 = Math.Pow(m, 6);
            var qPower = Math.Pow(q, 8 * k);
            terms[0] = (terms[0] * qPower) + 1.0;
            terms[1] = (terms[1] * qPower) + k1a + (k1b * m2);
            terms[2] = (terms[2] * qPower) + k2a + (k2b * m2) + (k2c * m4);
            terms[3] = (terms[3] * qPower) + k3a + (k3b * m2) + (k3c * m4) + (k3d * m6);
        }

        var sqrt2Pi = Math.Sqrt(2 * Math.PI);
        for (var i = 0; i < 4; i++)
        {
            terms[i] *= q * sqrt2Pi;
        }

        terms[0] /= z;
        terms[1] /= 6 * z4;
        terms[2] /= 72 * Math.Pow(z, 7);
        terms[3] /= 6480 * Math.Pow(z, 10);

        // The sums over all integers k for K2 and K3.
        var qAll = Math.Exp(-pi2 / 2 / z2);
        var sqrt3z = Math.Sqrt(3) * z;
        double k2Extra = 0, k3Extra = 0;
        for (var k = maxK; k > 0; k--)
        {
            double k2 = (double)k * k, kPi = Math.PI * k;
            var qPower = Math.Pow(qAll, k2);
            k2Extra += k2 * qPower;
            k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qPower;
        }

        terms[2] += k2Extra * (pi2 * sqrt2Pi / (-36 * z3));
        terms[3] += k3Extra * (pi2 * sqrt2Pi / (216 * z6));
        var sum = 0.0;
        for (var i = 0; i < 4; i++)
        {
            sum += terms[i] / Math.Pow(n, i / 2.0);
        }

        return sum;
    }
}
