namespace Baken.Engine.Monitoring;

// Drift of one categorical column: Evidently's tests (§2, one bin per value of the union) and
// NannyML's categorical methods (§3: bins of the reference's values plus a leftover for unseen
// ones, L-infinity, chi2 of the contingency table).
internal static class CategoricalDrift
{
    public static (EvidentlyDrift Evidently, NannyMlDrift NannyMl, IReadOnlyList<UnseenCategory> Unseen) Compute(
        ColumnData reference, ColumnData period, int periodRows, int minCellSize)
    {
        var table = CategoryTable.Build(reference, period);
        return (Evidently(table), NannyMl(table, reference.Codes!, periodRows), Unseen(table, minCellSize));
    }

    private static EvidentlyDrift Evidently(CategoryTable t)
    {
        var tests = new List<DriftTest>
        {
            NumericalDrift.Test(EvidentlyTests.Psi, EvidentlyTests.PopulationStabilityIndex(t.CountsR, t.NR, t.CountsC, t.NC)),
            NumericalDrift.Test(EvidentlyTests.JensenShannon,
                EvidentlyTests.JensenShannonDistance(EvidentlyTests.Shares(t.CountsR, t.NR), EvidentlyTests.Shares(t.CountsC, t.NC))),
            NumericalDrift.Test(EvidentlyTests.ChiSquare, EvidentlyTests.ChiSquarePValue(t.CountsR, t.NR, t.CountsC, t.NC)),
        };
        if (t.Values.Length <= 2)
        {
            tests.Add(NumericalDrift.Test(EvidentlyTests.Z, EvidentlyTests.ZTestPValue(t.CountsR, t.NR, t.CountsC, t.NC)));
        }

        var defaultTest = EvidentlyTests.DefaultTest(t.NR, t.Values.Length, numerical: false);
        return NumericalDrift.Choose(defaultTest, new DriftBins(null, null, t.Values), tests);
    }

    private static NannyMlDrift NannyMl(CategoryTable t, int[] referenceCodes, int periodRows)
    {
        var seen = Enumerable.Range(0, t.Values.Length).Where(i => t.CountsR[i] > 0).ToArray();
        var referenceShares = seen.Select(i => t.CountsR[i] / (double)t.NR).ToArray();
        var (js, hellinger) = Binned(referenceShares, seen, t.CountsC, t.NC);
        var lInfinity = LInfinity(t.CountsR, t.NR, t.CountsC, t.NC);

        var chunks = ReferenceChunks.Count(referenceCodes.Length, periodRows);
        double?[] upper = [null, null, null];
        if (chunks >= ReferenceChunks.MinChunks)
        {
            var perChunk = new List<double>[] { [], [], [] };
            var counts = new long[t.Values.Length];
            foreach (var (start, length) in ReferenceChunks.Ranges(referenceCodes.Length, periodRows))
            {
                Array.Clear(counts);
                long n = 0;
                foreach (var code in referenceCodes.AsSpan(start, length))
                {
                    if (code >= 0)
                    {
                        counts[t.ReferenceMap[code]]++;
                        n++;
                    }
                }

                var (chunkJs, chunkHellinger) = n > 0 ? Binned(referenceShares, seen, counts, n) : (double.NaN, double.NaN);
                perChunk[0].Add(chunkJs);
                perChunk[1].Add(chunkHellinger);
                perChunk[2].Add(n > 0 ? LInfinity(t.CountsR, t.NR, counts, n) : double.NaN);
            }

            upper = [ReferenceChunks.Upper(perChunk[0], null), ReferenceChunks.Upper(perChunk[1], null), ReferenceChunks.Upper(perChunk[2], null)];
        }

        var methods = new[]
        {
            NumericalDrift.Method("jensen_shannon", js, upper[0]),
            NumericalDrift.Method("hellinger", hellinger, upper[1]),
            NumericalDrift.Method("l_infinity", lInfinity, upper[2]),
        };
        var (statistic, pValue) = ChiSquareContingency(t.CountsR, t.CountsC);
        return new NannyMlDrift(null, [.. seen.Select(i => t.Values[i])], chunks, methods, new NannyMlChiSquare(statistic, pValue, pValue < 0.05));
    }

    // Shares of the sample in the reference's categories, plus the leftover share of values the
    // reference does not have; base-2 Jensen-Shannon and Hellinger against the reference shares.
    private static (double Js, double Hellinger) Binned(double[] referenceShares, int[] seen, long[] counts, long n)
    {
        var shares = seen.Select(i => counts[i] / (double)n).ToArray();
        long inSeen = 0;
        foreach (var i in seen)
        {
            inSeen += counts[i];
        }

        var p = referenceShares;
        if (n - inSeen > 0)
        {
            p = [.. referenceShares, 0.0];
            shares = [.. shares, (n - inSeen) / (double)n];
        }

        return (EvidentlyTests.JensenShannonDistance(p, shares, 2), NumericalDrift.Hellinger(p, shares));
    }

    // max over the values of either sample of |share in R - share in C|.
    private static double LInfinity(long[] countsR, long nR, long[] countsC, long nC)
    {
        var max = 0.0;
        for (var i = 0; i < countsR.Length; i++)
        {
            if (countsR[i] > 0 || countsC[i] > 0)
            {
                max = Math.Max(max, Math.Abs((countsR[i] / (double)nR) - (countsC[i] / (double)nC)));
            }
        }

        return max;
    }

    // scipy.stats.chi2_contingency on the values × {reference, period} table (values absent from
    // both left out): expected = row total × column total / total, k - 1 degrees of freedom,
    // Yates' correction (each |observed - expected| reduced by at most 0.5) when k - 1 = 1, and
    // statistic 0, p 1 for a single value.
    private static (double Statistic, double PValue) ChiSquareContingency(long[] countsR, long[] countsC)
    {
        var rows = Enumerable.Range(0, countsR.Length).Where(i => countsR[i] + countsC[i] > 0).ToArray();
        var dof = rows.Length - 1;
        if (dof == 0)
        {
            return (0.0, 1.0);
        }

        double totalR = 0, totalC = 0;
        foreach (var i in rows)
        {
            totalR += countsR[i];
            totalC += countsC[i];
        }

        var total = totalR + totalC;
        var statistic = 0.0;
        foreach (var i in rows)
        {
            double rowTotal = countsR[i] + countsC[i];
            statistic += Term(countsR[i], rowTotal * totalR / total, dof) + Term(countsC[i], rowTotal * totalC / total, dof);
        }

        return (statistic, SpecialFunctions.ChiSquareSurvival(statistic, dof));
    }

    private static double Term(double observed, double expected, int dof)
    {
        if (dof == 1)
        {
            var diff = expected - observed;
            observed += Math.Min(0.5, Math.Abs(diff)) * Math.Sign(diff);
        }

        var d = observed - expected;
        return d * d / expected;
    }

    private static List<UnseenCategory> Unseen(CategoryTable t, int minCellSize) =>
    [
        .. Enumerable.Range(0, t.Values.Length)
            .Where(i => t.CountsR[i] == 0 && t.CountsC[i] > 0)
            .Select(i => new UnseenCategory(t.Values[i], t.CountsC[i] >= minCellSize ? t.CountsC[i] : null)),
    ];
}
