namespace Baken.Engine.Monitoring;

// The two distances between empirical distributions the drift methods share:
//   D  = max over the pooled values x of |F_R(x) - F_C(x)| (F counts values <= x), the KS statistic
//        as scipy.stats.ks_2samp computes it (count / n for each sample, then the difference);
//   W1 = Σ_j |F_R(z_j) - F_C(z_j)| (z_j+1 - z_j) over the sorted pooled values z, the Wasserstein
//        distance of scipy.stats.wasserstein_distance.
// Both come from one walk over the two sorted samples.
internal static class SampleDistance
{
    public static (double D, double W1) Between(ReadOnlySpan<double> r, ReadOnlySpan<double> c)
    {
        double nR = r.Length, nC = c.Length;
        int i = 0, j = 0;
        var d = 0.0;
        var w1 = 0.0;
        while (i < r.Length || j < c.Length)
        {
            var z = j >= c.Length || (i < r.Length && r[i] < c[j]) ? r[i] : c[j];
            while (i < r.Length && r[i] == z)
            {
                i++;
            }

            while (j < c.Length && c[j] == z)
            {
                j++;
            }

            var difference = Math.Abs((i / nR) - (j / nC));
            d = Math.Max(d, difference);
            if (i < r.Length || j < c.Length)
            {
                var next = j >= c.Length || (i < r.Length && r[i] < c[j]) ? r[i] : c[j];
                w1 += difference * (next - z);
            }
        }

        return (Math.Min(d, 1.0), w1);
    }
}
