using Baken.Engine.Readers;

namespace Baken.Engine.Metrics;

// Scores in descending order with their labels. Every rank metric walks this order once,
// treating a run of equal scores as one threshold (that is how ties count one half). The arrays
// belong to a Workspace and may be longer than Count; a sample is valid until the workspace
// holds the next one.
internal sealed class RankedSample
{
    private RankedSample(double[] scores, byte[] labels, int count)
    {
        ScoreArray = scores;
        LabelArray = labels;
        Count = count;
        foreach (var label in Labels)
        {
            Positives += label;
        }
    }

    public double[] ScoreArray { get; }

    public byte[] LabelArray { get; }

    public ReadOnlySpan<double> Scores => ScoreArray.AsSpan(0, Count);

    public ReadOnlySpan<byte> Labels => LabelArray.AsSpan(0, Count);

    public int Count { get; }

    public int Positives { get; }

    public int Negatives => Count - Positives;

    // Sorts all rows once. The permutation (rank -> row) lets subgroups reuse this order instead
    // of sorting again.
    public static RankedSample Rank(PredictionSet data, Workspace workspace, out int[] order)
    {
        var n = data.Count;
        order = new int[n];
        RadixOrder(data.Scores, order, workspace.Grouped);

        var scores = workspace.Scores;
        var labels = workspace.Labels;
        var sourceScores = data.Scores;
        var source = data.Labels;
        for (var i = 0; i < n; i++)
        {
            var row = order[i];
            scores[i] = sourceScores[row];
            labels[i] = source[row];
        }

        return new RankedSample(scores, labels, n);
    }

    // LSD radix sort of the row numbers by descending score (scores are in [0, 1], so the bit
    // pattern of a double orders like the double; its complement orders descending). 11-bit
    // digits, six passes, a pass skipped when every row has the same digit; stable, so tied rows
    // stay in row order. The spare buffer is the workspace's grouping buffer (needed later for
    // subgroups anyway): no memory beyond the order itself.
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;

    private static ulong Key(double score) => ~(ulong)BitConverter.DoubleToInt64Bits(score + 0.0);

    private static void RadixOrder(ReadOnlySpan<double> scores, int[] order, int[] spare)
    {
        var n = scores.Length;
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var key = Key(scores[i]);
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + (int)((key >> (pass * DigitBits)) & (Buckets - 1))]++;
            }

            order[i] = i;
        }

        var from = order;
        var to = spare;
        var offsets = new int[Buckets];
        for (var pass = 0; pass < Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * Buckets, Buckets);
            if (histogram.Contains(n))
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                offsets[b] = sum;
                sum += histogram[b];
            }

            var shift = pass * DigitBits;
            for (var i = 0; i < n; i++)
            {
                var row = from[i];
                var digit = (int)((Key(scores[row]) >> shift) & (Buckets - 1));
                to[offsets[digit]++] = row;
            }

            (from, to) = (to, from);
        }

        if (!ReferenceEquals(from, order))
        {
            from.AsSpan(0, n).CopyTo(order);
        }
    }

    // A sample from rows given in descending-score order, in the workspace's buffers.
    public static RankedSample FromRankedRows(ReadOnlySpan<int> rows, PredictionSet data, Workspace workspace)
    {
        var scores = workspace.Scores;
        var labels = workspace.Labels;
        var allScores = data.Scores;
        var allLabels = data.Labels;
        for (var i = 0; i < rows.Length; i++)
        {
            scores[i] = allScores[rows[i]];
            labels[i] = allLabels[rows[i]];
        }

        return new RankedSample(scores, labels, rows.Length);
    }

    // For tests and benchmarks: a sample with its own workspace.
    public static RankedSample FromUnsorted(byte[] labels, double[] scores) =>
        Rank(PredictionSet.FromArrays(labels, scores), new Workspace(labels.Length), out _);

    public static RankedSample Rank(PredictionSet data) => Rank(data, new Workspace(data.Count), out _);
}
