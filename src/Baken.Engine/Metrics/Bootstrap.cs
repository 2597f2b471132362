namespace Baken.Engine.Metrics;

// Case-resampling bootstrap without materialising resamples: a replicate is a multinomial count
// per row of the already ranked sample, and the metrics are computed with those counts as
// weights, so no replicate sorts or copies anything.
internal static class Bootstrap
{
    public const int StoredLogitsMaxRows = 4_000_000;

    public static BootstrapIntervals Run(
        RankedSample sample, Workspace workspace, int replicates, ulong stream, (double Intercept, double Slope)? fullFit,
        int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var auroc = new double[replicates];
        var auprc = new double[replicates];
        var brier = new double[replicates];
        var slope = new double[replicates];
        var (startIntercept, startSlope) = fullFit ?? (0.0, 1.0);
        // Stored logits save a logarithm per row per Newton step, but cost 8 bytes a row; above a
        // few million rows the memory budget wins and they are recomputed.
        var stored = sample.ScoreArray.Length <= StoredLogitsMaxRows ? StoredLogits.From(sample.Scores, workspace.Logits) : default(StoredLogits?);

        ForEachReplicate(sample, workspace, replicates, stream, maxDegreeOfParallelism, cancellationToken, (r, counts) =>
        {
            var weights = new CountWeights(counts);
            var (a, p) = RankMetrics.Compute(sample, weights);
            auroc[r] = a ?? double.NaN;
            auprc[r] = p ?? double.NaN;
            brier[r] = CalibrationMetrics.Brier(sample.Scores, sample.Labels, weights, sample.Count);
            // Starting from the full-sample fit, Newton needs a few steps per replicate instead of six or more.
            var fit = stored is not null
                ? CalibrationFit.InterceptSlopeCounts(sample.Labels, workspace.Logits, counts, startIntercept, startSlope)
                : CalibrationFit.InterceptSlope(sample.Labels, new ComputedLogits(sample.ScoreArray), weights, startIntercept, startSlope);
            slope[r] = fit?.Slope ?? double.NaN;
        });

        return new BootstrapIntervals(replicates, Percentiles(auroc), Percentiles(auprc), Percentiles(brier), Percentiles(slope));
    }

    // AUROC alone per replicate (NaN where a resample has one class): what the benchmark and the
    // agreement tests measure.
    public static double[] AurocReplicates(RankedSample sample, int replicates, ulong stream, int maxDegreeOfParallelism = -1)
    {
        var auroc = new double[replicates];
        ForEachReplicate(sample, new Workspace(sample.Count), replicates, stream, maxDegreeOfParallelism, CancellationToken.None,
            (r, counts) => auroc[r] = RankMetrics.Compute(sample, new CountWeights(counts)).Auroc ?? double.NaN);
        return auroc;
    }

    // Draws the counts of replicate r into a per-thread buffer and hands them to the body.
    public static void ForEachReplicate(
        RankedSample sample, Workspace workspace, int replicates, ulong stream, int maxDegreeOfParallelism,
        CancellationToken cancellationToken, Action<int, byte[]> body)
    {
        var n = sample.Count;
        if (n == 0)
        {
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, replicates, options, workspace.RentCounts, (r, _, counts) =>
        {
            DrawCounts(counts.AsSpan(0, n), BootstrapRandom.ForReplicate(stream, r));
            body(r, counts);
            return counts;
        }, workspace.ReturnCounts);
    }

    // n draws with replacement from n rows, as a count per row. A byte is enough: a row's count is
    // binomial(n, 1/n), about Poisson(1), and reaching 256 has a probability far below 1e-400; the
    // check below turns that impossibility into an error rather than a silently wrong count. A
    // byte instead of an int keeps the per-thread buffer at 10 MB for ten million rows.
    public static void DrawCounts(Span<byte> counts, BootstrapRandom random)
    {
        counts.Clear();
        var n = (uint)counts.Length;
        for (var i = 0; i < counts.Length; i++)
        {
            if (++counts[(int)random.NextBelow(n)] == 0)
            {
                throw new InvalidOperationException("A bootstrap count exceeded 255.");
            }
        }
    }

    // 2.5th and 97.5th percentiles with linear interpolation (numpy's default), over the
    // replicates where the metric is defined.
    public static ConfidenceInterval? Percentiles(double[] values)
    {
        var defined = values.Where(v => !double.IsNaN(v)).ToArray();
        if (defined.Length == 0)
        {
            return null;
        }

        Array.Sort(defined);
        return new ConfidenceInterval(Percentile(defined, 0.025), Percentile(defined, 0.975));
    }

    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
