using Baken.Engine.Metrics;

namespace Baken.Engine.Monitoring;

// NannyML's confidence-based performance estimation (0.13.1, performance_estimation/
// confidence_based/metrics.py, sampling_error/binary_classification.py): the reference's
// isotonic calibration turns each period score into a probability p̂ of the outcome, from which
// the expected confusion matrix at t and the expected AUROC follow without labels. Sampling
// errors and thresholds come from the reference.
internal static class Cbpe
{
    public static CbpeResult Compute(ReferenceScores reference, double[] periodSortedScores, int periodRows, double threshold)
    {
        var calibrator = IsotonicCalibrator.Fit(reference.SortedScores, reference.SortedLabels);
        var n = periodSortedScores.Length;
        var calibrated = new double[n];
        double tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < n; i++)
        {
            var p = calibrated[i] = calibrator.Predict(periodSortedScores[i]);
            if (periodSortedScores[i] >= threshold)
            {
                tp += p;
                fp += 1 - p;
            }
            else
            {
                fn += p;
                tn += 1 - p;
            }
        }

        var estimates = new[] { EstimatedAuroc(calibrated), Ratio(tp, tp + fn), Ratio(tn, tn + fp) };
        var errors = SamplingErrorComponents(reference, threshold);
        var chunks = ReferenceChunks.Count(reference.Count, periodRows);
        var bands = chunks >= ReferenceChunks.MinChunks ? Bands(reference, periodRows, threshold) : null;
        var names = new[] { "auroc", "sensitivity", "specificity" };
        var metrics = new CbpeMetric[3];
        for (var m = 0; m < 3; m++)
        {
            var estimate = estimates[m];
            var (std, fraction) = errors[m];
            var se = std / Math.Sqrt(periodRows * fraction);
            double? error = double.IsFinite(se) ? se : null;
            var (lower, upper) = bands?[m] ?? (null, null);
            var alert = !double.IsNaN(estimate) && ((lower is { } lo && estimate < lo) || (upper is { } up && estimate > up));
            metrics[m] = new CbpeMetric(
                names[m],
                Defined(estimate),
                error,
                error is { } e && !double.IsNaN(estimate) ? Math.Max(0.0, estimate - (3 * e)) : null,
                error is { } e2 && !double.IsNaN(estimate) ? Math.Min(1.0, estimate + (3 * e2)) : null,
                lower,
                upper,
                alert);
        }

        return new CbpeResult(n, chunks, tp, fp, fn, tn, metrics);
    }

    // estimate_roc_auc: rows by score descending; cumulative expected true and false positives
    // (with a leading 0) rounded to 5 decimals as numpy.round does; trapezoidal area of the curve
    // they draw once divided by their totals. Tied scores have equal p̂, so their order is moot.
    private static double EstimatedAuroc(double[] calibratedAscending)
    {
        var n = calibratedAscending.Length;
        var tps = new double[n + 1];
        var fps = new double[n + 1];
        var cumulative = 0.0;
        for (var k = 1; k <= n; k++)
        {
            cumulative += calibratedAscending[n - k];
            tps[k] = Round5(cumulative);
            fps[k] = Round5(k - cumulative);
        }

        double tpTotal = tps[n], fpTotal = fps[n];
        var area = 0.0;
        for (var k = 1; k <= n; k++)
        {
            var dx = (fps[k] / fpTotal) - (fps[k - 1] / fpTotal);
            area += dx * ((tps[k] / tpTotal) + (tps[k - 1] / tpTotal)) / 2.0;
        }

        return area;
    }

    private static double Round5(double x) => Math.Round(x * 100000.0, MidpointRounding.ToEven) / 100000.0;

    // (σ, f) with SE = σ / sqrt(n f): AUROC from the reference's rank structure
    // (auroc_sampling_error_components), sensitivity and specificity from the observed
    // hits and misses at t.
    private static (double Std, double Fraction)[] SamplingErrorComponents(ReferenceScores reference, double threshold)
    {
        long tp = 0, fn = 0, tn = 0, fp = 0;
        for (var i = 0; i < reference.Count; i++)
        {
            var predicted = reference.Scores[i] >= threshold;
            var positive = reference.Labels[i] == 1;
            tp += predicted && positive ? 1 : 0;
            fn += !predicted && positive ? 1 : 0;
            tn += !predicted && !positive ? 1 : 0;
            fp += predicted && !positive ? 1 : 0;
        }

        double nRef = reference.Count;
        return
        [
            AurocComponents(reference),
            (HitStd(tp, fn), (tp + fn) / nRef),
            (HitStd(tn, fp), (tn + fp) / nRef),
        ];
    }

    // numpy.std of `hits` ones and `misses` zeros (NaN when there are none).
    private static double HitStd(long hits, long misses)
    {
        var count = hits + misses;
        if (count == 0)
        {
            return double.NaN;
        }

        var mean = hits / (double)count;
        return Math.Sqrt(((hits * (1 - mean) * (1 - mean)) + (misses * mean * mean)) / count);
    }

    // When positives are the majority, labels and scores are flipped. Sorted by score, each
    // positive's 0-based rank ρ; the distinct non-zero ranks (a positive at rank 0 drops out),
    // the i-th of them giving (ρ - i) / nNeg; σ is their population std, f = nPos / nRef.
    private static (double Std, double Fraction) AurocComponents(ReferenceScores reference)
    {
        var n = reference.Count;
        long positives = 0;
        foreach (var label in reference.Labels)
        {
            positives += label;
        }

        var flip = positives / (double)n > 0.5;
        if (flip)
        {
            positives = n - positives;
        }

        var negatives = n - positives;
        var flipped = flip ? reference.Scores.Select(s => 1 - s).ToArray() : reference.Scores;
        var order = flip ? DoubleSort.Order(flipped) : reference.Order;
        var values = new List<double>();
        for (var rank = 1; rank < n; rank++)
        {
            var label = reference.Labels[order[rank]];
            if ((flip ? 1 - label : label) == 1)
            {
                values.Add((rank - values.Count) / (double)negatives);
            }
        }

        if (values.Count == 0)
        {
            return (double.NaN, positives / (double)n);
        }

        var mean = values.Sum() / values.Count;
        var squares = values.Sum(v => (v - mean) * (v - mean));
        return (Math.Sqrt(squares / values.Count), positives / (double)n);
    }

    // Realised AUROC, sensitivity and specificity (raw scores) of each reference chunk.
    private static (double? Lower, double? Upper)[] Bands(ReferenceScores reference, int chunkSize, double threshold)
    {
        var values = new List<double>[] { [], [], [] };
        foreach (var (start, length) in ReferenceChunks.Ranges(reference.Count, chunkSize))
        {
            var scores = reference.Scores.AsSpan(start, length).ToArray();
            var labels = new byte[length];
            long tp = 0, fn = 0, tn = 0, fp = 0, predictedPositive = 0;
            for (var i = 0; i < length; i++)
            {
                labels[i] = (byte)reference.Labels[start + i];
                var predicted = scores[i] >= threshold;
                predictedPositive += predicted ? 1 : 0;
                tp += predicted && labels[i] == 1 ? 1 : 0;
                fn += !predicted && labels[i] == 1 ? 1 : 0;
                tn += !predicted && labels[i] == 0 ? 1 : 0;
                fp += predicted && labels[i] == 0 ? 1 : 0;
            }

            var bothClasses = tp + fn > 0 && tn + fp > 0;
            var bothPredictions = predictedPositive > 0 && predictedPositive < length;
            values[0].Add(bothClasses ? RankMetrics.Compute(RankedSample.FromUnsorted(labels, scores), new UnitWeights()).Auroc!.Value : double.NaN);
            values[1].Add(bothClasses && bothPredictions ? tp / (double)(tp + fn) : double.NaN);
            values[2].Add(tn + fp > 0 ? tn / (double)(tn + fp) : double.NaN);
        }

        return [.. values.Select(ReferenceChunks.Band)];
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
