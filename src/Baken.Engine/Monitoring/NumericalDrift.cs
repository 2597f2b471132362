namespace Baken.Engine.Monitoring;

// Drift of one numerical column: Evidently's tests (§2) and NannyML's continuous methods (§3).
internal static class NumericalDrift
{
    // Evidently bins by value when the reference has at most this many distinct values.
    private const int MaxValueBins = 20;

    public static (EvidentlyDrift Evidently, NannyMlDrift NannyMl) Compute(
        ReadOnlySpan<double> referenceColumn, NumericSample r, NumericSample c, int periodRows)
    {
        var (d, w1) = SampleDistance.Between(r.Sorted, c.Sorted);
        return (Evidently(r, c, d, w1), NannyMl(referenceColumn, r, c, d, w1, periodRows));
    }

    private static EvidentlyDrift Evidently(NumericSample r, NumericSample c, double d, double w1)
    {
        long nR = r.Count, nC = c.Count;
        var distinct = NumericSample.DistinctInUnion(r, c);
        long[] countsR, countsC;
        DriftBins bins;
        (double[] Values, long[] CountsR, long[] CountsC)? table = null;
        if (r.Distinct > MaxValueBins)
        {
            var edges = Histogram.SturgesEdges(Math.Min(r.Min, c.Min), Math.Max(r.Max, c.Max), nR + nC);
            countsR = Histogram.Counts(r.Sorted, edges);
            countsC = Histogram.Counts(c.Sorted, edges);
            bins = new DriftBins(edges, null, null);
        }
        else
        {
            table = NumericSample.ValueCounts(r, c);
            (countsR, countsC) = (table.Value.CountsR, table.Value.CountsC);
            bins = new DriftBins(null, table.Value.Values, null);
        }

        var tests = new List<DriftTest>
        {
            Test(EvidentlyTests.Psi, EvidentlyTests.PopulationStabilityIndex(countsR, nR, countsC, nC)),
            Test(EvidentlyTests.JensenShannon,
                EvidentlyTests.JensenShannonDistance(EvidentlyTests.Shares(countsR, nR), EvidentlyTests.Shares(countsC, nC))),
            Test(EvidentlyTests.Ks, KolmogorovSmirnov.PValue(d, nR, nC)),
            Test(EvidentlyTests.Wasserstein, w1 / Math.Max(r.PopulationStd(), 0.001)),
        };

        // With at most five values the union has at most 20, so the value table was built above.
        if (distinct <= 5)
        {
            var (_, tr, tc) = table!.Value;
            tests.Add(Test(EvidentlyTests.ChiSquare, EvidentlyTests.ChiSquarePValue(tr, nR, tc, nC)));
            if (distinct <= 2)
            {
                tests.Add(Test(EvidentlyTests.Z, EvidentlyTests.ZTestPValue(tr, nR, tc, nC)));
            }
        }

        return Choose(EvidentlyTests.DefaultTest(nR, distinct, numerical: true), bins, tests);
    }

    public static DriftTest Test(string name, double value) =>
        new(name, double.IsNaN(value) ? null : value, EvidentlyTests.Threshold(name), !double.IsNaN(value) && EvidentlyTests.Drifts(name, value));

    public static EvidentlyDrift Choose(string defaultTest, DriftBins bins, List<DriftTest> tests)
    {
        var chosen = tests.First(t => t.Name == defaultTest);
        return new EvidentlyDrift(defaultTest, chosen.Value, chosen.Threshold, chosen.DriftDetected, bins, tests);
    }

    private static NannyMlDrift NannyMl(ReadOnlySpan<double> referenceColumn, NumericSample r, NumericSample c, double d, double w1, int periodRows)
    {
        var edges = Histogram.DoaneEdges(r);
        var referenceShares = EvidentlyTests.Shares(Histogram.Counts(r.Sorted, edges), r.Count);
        var value = BinnedDistances(referenceShares, edges, c.Sorted);
        var chunks = ReferenceChunks.Count(referenceColumn.Length, periodRows);
        double?[] upper = [null, null, null, null];
        if (chunks >= ReferenceChunks.MinChunks)
        {
            var distance = new ReferenceDistance(r);
            var perChunk = new List<double>[] { [], [], [], [] };
            foreach (var (start, length) in ReferenceChunks.Ranges(referenceColumn.Length, periodRows))
            {
                var chunk = NumericSample.From(referenceColumn.Slice(start, length));
                if (chunk.Count == 0)
                {
                    foreach (var list in perChunk)
                    {
                        list.Add(double.NaN);
                    }

                    continue;
                }

                var (js, hellinger) = BinnedDistances(referenceShares, edges, chunk.Sorted);
                var (chunkD, chunkW1) = distance.To(chunk.Sorted);
                perChunk[0].Add(js);
                perChunk[1].Add(hellinger);
                perChunk[2].Add(KolmogorovSmirnov.Statistic(chunkD, r.Count, chunk.Count));
                perChunk[3].Add(chunkW1);
            }

            upper = [ReferenceChunks.Upper(perChunk[0], null), ReferenceChunks.Upper(perChunk[1], null),
                ReferenceChunks.Upper(perChunk[2], 1.0), ReferenceChunks.Upper(perChunk[3], null)];
        }

        var methods = new[]
        {
            Method("jensen_shannon", value.Js, upper[0]),
            Method("hellinger", value.Hellinger, upper[1]),
            Method("kolmogorov_smirnov", KolmogorovSmirnov.Statistic(d, r.Count, c.Count), upper[2]),
            Method("wasserstein", w1, upper[3]),
        };
        return new NannyMlDrift(edges, null, chunks, methods, null);
    }

    public static NannyMlMethod Method(string name, double value, double? upper) =>
        new(name, double.IsNaN(value) ? null : value, upper, upper is { } u && value > u);

    // NannyML's continuous Jensen-Shannon (base 2) and Hellinger: the sample's shares in the
    // reference's Doane bins, plus one leftover share for values outside the edges.
    private static (double Js, double Hellinger) BinnedDistances(double[] referenceShares, double[] edges, ReadOnlySpan<double> sorted)
    {
        var counts = Histogram.Counts(sorted, edges);
        var outside = Histogram.Outside(sorted, edges);
        var shares = EvidentlyTests.Shares(counts, sorted.Length);
        var p = referenceShares;
        if (outside > 0)
        {
            p = [.. referenceShares, 0.0];
            shares = [.. shares, outside / (double)sorted.Length];
        }

        return (EvidentlyTests.JensenShannonDistance(p, shares, 2), Hellinger(p, shares));
    }

    // sqrt(Σ (√p - √q)²) / √2.
    public static double Hellinger(double[] p, double[] q)
    {
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            var diff = Math.Sqrt(p[i]) - Math.Sqrt(q[i]);
            sum += diff * diff;
        }

        return Math.Sqrt(sum) / Math.Sqrt(2);
    }
}
