namespace Baken.Engine.Monitoring;

// The reference's scores and outcomes in file order (for chunks) and in score order (for the
// calibration and the AUROC's sampling error).
internal sealed class ReferenceScores
{
    public ReferenceScores(double[] scores, sbyte[] labels)
    {
        Scores = scores;
        Labels = labels;
        Order = DoubleSort.Order(scores);
        SortedScores = new double[scores.Length];
        SortedLabels = new sbyte[scores.Length];
        for (var i = 0; i < Order.Length; i++)
        {
            SortedScores[i] = scores[Order[i]];
            SortedLabels[i] = labels[Order[i]];
        }
    }

    public int Count => Scores.Length;

    public double[] Scores { get; }

    public sbyte[] Labels { get; }

    public int[] Order { get; }

    public double[] SortedScores { get; }

    public sbyte[] SortedLabels { get; }
}
