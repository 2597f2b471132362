using Baken.Engine.Readers;

namespace Baken.Engine.Classification;

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
        var scores = workspace.Scores;
        data.Scores.CopyTo(scores);
        order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(scores, order, 0, n);
        Array.Reverse(scores, 0, n);
        Array.Reverse(order);

        var labels = workspace.Labels;
        var source = data.Labels;
        for (var i = 0; i < n; i++)
        {
            labels[i] = source[order[i]];
        }

        return new RankedSample(scores, labels, n);
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
