using Baken.Engine.Readers;

namespace Baken.Cli.Validation;

/// <summary>
/// Points of the empirical ROC curve for the report's drawing. Rows with the same score move the
/// curve together (a diagonal step), as in the AUROC with ties counting one half. The curve is
/// thinned so that consecutive points are at least 2/<c>maxPoints</c> apart in FPR + TPR: the path
/// has length 2 in that measure, so at most about <c>maxPoints</c> points remain, evenly spread
/// along the curve however the scores are distributed. The points are cumulative rates, never rows.
/// </summary>
internal static class RocCurve
{
    public static IReadOnlyList<(double Fpr, double Tpr)> Points(PredictionSet data, int maxPoints = 500)
    {
        var positives = data.Positives;
        var negatives = data.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var scores = data.Scores.ToArray();
        var labels = data.Labels.ToArray();
        Array.Sort(scores, labels);

        var step = 2.0 / maxPoints;
        var points = new List<(double, double)> { (0, 0) };
        long tp = 0, fp = 0;
        double lastFpr = 0, lastTpr = 0;
        var i = scores.Length - 1;
        while (i >= 0)
        {
            var score = scores[i];
            for (; i >= 0 && scores[i] == score; i--)
            {
                tp += labels[i];
                fp += 1 - labels[i];
            }

            var fpr = fp / (double)negatives;
            var tpr = tp / (double)positives;
            if (i < 0 || fpr - lastFpr + (tpr - lastTpr) >= step)
            {
                points.Add((fpr, tpr));
                (lastFpr, lastTpr) = (fpr, tpr);
            }
        }

        return points;
    }
}
