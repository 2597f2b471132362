namespace Baken.Engine.Metrics;

// AUROC, AUPRC and the DeLong standard error from one walk down the ranked scores.
internal static class RankMetrics
{
    // AUROC as the Mann-Whitney statistic with ties counted one half (equal to scikit-learn's
    // trapezoidal roc_auc_score) and AUPRC as scikit-learn's step-wise average precision.
    // Null when a class is absent (AUPRC: when there are no positives).
    public static (double? Auroc, double? Auprc) Compute<TWeights>(RankedSample sample, TWeights weights)
        where TWeights : struct, IRowWeights
    {
        var scores = sample.Scores;
        var labels = sample.Labels;
        long positivesAbove = 0;
        long negativesAbove = 0;
        // Twice the number of correctly ordered (positive, negative) pairs, ties counting one:
        // an exact integer, so the AUROC has a single rounding.
        long twiceConcordant = 0;
        double precisionSum = 0;

        var i = 0;
        while (i < scores.Length)
        {
            var score = scores[i];
            long groupPositives = 0;
            long groupNegatives = 0;
            do
            {
                var weight = weights[i];
                var positive = labels[i];
                groupPositives += weight * positive;
                groupNegatives += weight * (1 - positive);
                i++;
            }
            while (i < scores.Length && scores[i] == score);

            twiceConcordant += groupNegatives * ((2 * positivesAbove) + groupPositives);
            if (groupPositives > 0)
            {
                // Average precision: recall rises by groupPositives / P at this threshold.
                var truePositives = positivesAbove + groupPositives;
                precisionSum += groupPositives * (truePositives / (double)(truePositives + negativesAbove + groupNegatives));
            }

            positivesAbove += groupPositives;
            negativesAbove += groupNegatives;
        }

        double? auroc = positivesAbove > 0 && negativesAbove > 0
            ? twiceConcordant / (2.0 * positivesAbove * negativesAbove)
            : null;
        double? auprc = positivesAbove > 0 ? precisionSum / positivesAbove : null;
        return (auroc, auprc);
    }

    // Fast DeLong (Sun & Xu 2014): each positive's placement value is the share of negatives it
    // outranks (ties one half), each negative's the share of positives that outrank it; the
    // variance of the AUROC is var(V10)/m + var(V01)/n with sample variances. All rows in a tie
    // group share one placement value, so one walk over the groups suffices (after the AUROC).
    public static double? DeLongStandardError(RankedSample sample, double auroc)
    {
        long m = sample.Positives;
        long n = sample.Negatives;
        if (m < 2 || n < 2)
        {
            return null;
        }

        var scores = sample.Scores;
        var labels = sample.Labels;
        long positivesAbove = 0;
        long negativesAbove = 0;
        double positiveSquares = 0;
        double negativeSquares = 0;

        var i = 0;
        while (i < scores.Length)
        {
            var score = scores[i];
            long groupPositives = 0;
            var start = i;
            do
            {
                groupPositives += labels[i];
                i++;
            }
            while (i < scores.Length && scores[i] == score);

            long groupNegatives = i - start - groupPositives;
            if (groupPositives > 0)
            {
                var negativesBelow = n - negativesAbove - groupNegatives;
                var v10 = (negativesBelow + (0.5 * groupNegatives)) / n;
                positiveSquares += groupPositives * (v10 - auroc) * (v10 - auroc);
            }

            if (groupNegatives > 0)
            {
                var v01 = (positivesAbove + (0.5 * groupPositives)) / m;
                negativeSquares += groupNegatives * (v01 - auroc) * (v01 - auroc);
            }

            positivesAbove += groupPositives;
            negativesAbove += groupNegatives;
        }

        var variance = (positiveSquares / (m - 1) / m) + (negativeSquares / (n - 1) / n);
        return Math.Sqrt(variance);
    }
}
