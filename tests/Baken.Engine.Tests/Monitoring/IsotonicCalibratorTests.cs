using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The PAV calibration against scikit-learn 1.2.1's IsotonicRegression(out_of_bounds="clip")
/// .fit(s, y).predict(x) on 3,000 rows with many tied scores (s_i = floor(1000 frac(iφ)) / 1000,
/// y_i = 1 when frac(i√2) is below s_i; x_k = k/500 - 0.1, k = 0..600, so some points fall outside the
/// fitted range). Expected figures printed once with /usr/bin/python3 and pasted here.
public sealed class IsotonicCalibratorTests
{
    [Fact]
    public void Predict_TiedScores_MatchesScikitLearn()
    {
        static double Frac(double v) => v - Math.Floor(v);
        const int n = 3000;
        var scores = Enumerable.Range(0, n).Select(i => Math.Floor(Frac(i * 0.6180339887498949) * 1000) / 1000).ToArray();
        var labels = Enumerable.Range(0, n).Select(i => (sbyte)(Frac(i * 0.41421356237309503) < scores[i] ? 1 : 0)).ToArray();
        var order = DoubleSort.Order(scores);

        var calibrator = IsotonicCalibrator.Fit([.. order.Select(i => scores[i])], [.. order.Select(i => labels[i])]);
        var predictions = Enumerable.Range(0, 601).Select(k => calibrator.Predict((k / 500.0) - 0.1)).ToArray();

        Assert.Equal(82, calibrator.Knots);                 // len(iso.X_thresholds_)
        Assert.Equal(0.0, predictions[50]);                 // clipped below the first knot
        Assert.Equal(0.4897959183673469, predictions[300], 15);
        Assert.Equal(1.0, predictions[555]);                // clipped above the last knot
        Assert.Equal(300.25090965056677, predictions.Sum(), 10);
        Assert.Equal(125172.08034383797, predictions.Select((p, k) => p * k).Sum(), 7);
    }

    [Fact]
    public void Predict_OneDistinctScore_IsTheMeanLabel()
    {
        var calibrator = IsotonicCalibrator.Fit([0.4, 0.4, 0.4, 0.4], [1, 0, 0, 1]);

        Assert.Equal(0.5, calibrator.Predict(0.9));
        Assert.Equal(0.5, calibrator.Predict(0.1));
    }
}
