using Baken.Engine.Readers;

namespace Baken.Cli.Validation;

/// <summary>
/// Points of the empirical ROC curve for the report's drawing. Rows with the same score move the
/// curve together (a diagonal step), as in the AUROC with ties counting one half. Consecutive
/// points are at least 2/<c>maxPoints</c> apart in FPR + TPR; the path has length 2 in that measure,
/// so about <c>maxPoints</c> points remain, evenly spread along the curve. Every point is exact, and
/// they are cumulative rates, never rows.
/// </summary>
/// <remarks>
/// A full sort of the scores would cost more than the whole metric computation on a million rows,
/// for a picture of 500 points. Instead the scores are counted into 65,536 equal-width bins (bins
/// follow score order and never split a tie, so bin edges are exact curve points); only a bin that
/// alone moves the curve further than one step, and holds more than one distinct score, has its
/// rows sorted to place the points inside it.
/// </remarks>
internal static class RocCurve
{
    private const int Bins = 1 << 16;

    public static IReadOnlyList<(double Fpr, double Tpr)> Points(PredictionSet data, int maxPoints = 500)
    {
        double positives = data.Positives;
        double negatives = data.Count - data.Positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var scores = data.Scores;
        var labels = data.Labels;
        var pos = new int[Bins];
        var neg = new int[Bins];
        var low = new double[Bins];
        var high = new double[Bins];
        low.AsSpan().Fill(double.PositiveInfinity);
        high.AsSpan().Fill(double.NegativeInfinity);
        for (var i = 0; i < scores.Length; i++)
        {
            var b = Bin(scores[i]);
            pos[b] += labels[i];
            neg[b] += 1 - labels[i];
            low[b] = Math.Min(low[b], scores[i]);
            high[b] = Math.Max(high[b], scores[i]);
        }

        var step = 2.0 / maxPoints;
        var detailed = new bool[Bins];
        var gathered = 0;
        for (var b = 0; b < Bins; b++)
        {
            detailed[b] = low[b] < high[b] && (pos[b] / positives) + (neg[b] / negatives) > step;
            gathered += detailed[b] ? pos[b] + neg[b] : 0;
        }

        var (detailScores, detailLabels) = Gather(scores, labels, detailed, gathered);
        var curve = new Curve(positives, negatives, step);
        var next = gathered - 1;
        for (var b = Bins - 1; b >= 0; b--)
        {
            if (!detailed[b])
            {
                curve.Move(pos[b], neg[b]);
                continue;
            }

            while (next >= 0 && Bin(detailScores[next]) == b)
            {
                var score = detailScores[next];
                int tp = 0, fp = 0;
                for (; next >= 0 && detailScores[next] == score; next--)
                {
                    tp += detailLabels[next];
                    fp += 1 - detailLabels[next];
                }

                curve.Move(tp, fp);
            }
        }

        return curve.Finish();
    }

    private static int Bin(double score) => Math.Min((int)(score * Bins), Bins - 1);

    // The rows of the detailed bins, in ascending score order.
    private static (double[] Scores, byte[] Labels) Gather(ReadOnlySpan<double> scores, ReadOnlySpan<byte> labels, bool[] detailed, int count)
    {
        var s = new double[count];
        var l = new byte[count];
        var k = 0;
        for (var i = 0; i < scores.Length && k < count; i++)
        {
            if (detailed[Bin(scores[i])])
            {
                (s[k], l[k]) = (scores[i], labels[i]);
                k++;
            }
        }

        Array.Sort(s, l);
        return (s, l);
    }

    private sealed class Curve(double positives, double negatives, double step)
    {
        private readonly List<(double, double)> _points = [(0, 0)];
        private long _tp;
        private long _fp;
        private double _lastFpr;
        private double _lastTpr;

        public void Move(int tp, int fp)
        {
            if (tp + fp == 0)
            {
                return;
            }

            _tp += tp;
            _fp += fp;
            var (fpr, tpr) = (_fp / negatives, _tp / positives);
            if (fpr - _lastFpr + (tpr - _lastTpr) >= step)
            {
                _points.Add((fpr, tpr));
                (_lastFpr, _lastTpr) = (fpr, tpr);
            }
        }

        public List<(double, double)> Finish()
        {
            if (_points[^1] != (1.0, 1.0))
            {
                _points.Add((1.0, 1.0));
            }

            return _points;
        }
    }
}
