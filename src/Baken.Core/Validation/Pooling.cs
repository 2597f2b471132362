namespace Baken.Core.Validation;

/// <summary>
/// Pools AUROC across sites by random-effects meta-analysis (DerSimonian-Laird) on the logit
/// scale, where the sampling distribution is closer to normal than on [0, 1]. The variance of
/// logit(AUC) follows from the site's DeLong SE by the delta method: SE² / (AUC (1 - AUC))².
/// </summary>
public static class Pooling
{
    private const double Z95 = 1.959963984540054;

    public sealed record Site(double Auroc, double Se);

    /// <param name="Sites">Sites that entered the pooling.</param>
    /// <param name="Excluded">Sites left out because their AUROC is 0 or 1, or has no standard error.</param>
    /// <param name="Tau2">Between-site variance on the logit scale.</param>
    /// <param name="Auroc">The pooled AUROC, back-transformed from the logit scale.</param>
    /// <param name="Lower">Lower bound of its 95% confidence interval.</param>
    /// <param name="Upper">Upper bound of its 95% confidence interval.</param>
    /// <param name="I2">Share of the variation due to heterogeneity rather than chance, in [0, 1].</param>
    /// <param name="Q">Cochran's Q.</param>
    public sealed record Pooled(int Sites, int Excluded, double Auroc, double Lower, double Upper, double Tau2, double I2, double Q);

    public static Pooled? RandomEffects(IReadOnlyList<Site> sites)
    {
        var usable = sites.Where(s => s.Auroc is > 0 and < 1 && s.Se > 0 && double.IsFinite(s.Se)).ToList();
        if (usable.Count == 0)
        {
            return null;
        }

        var theta = usable.Select(s => Math.Log(s.Auroc / (1 - s.Auroc))).ToArray();
        var variance = usable.Select(s => s.Se * s.Se / Math.Pow(s.Auroc * (1 - s.Auroc), 2)).ToArray();
        var w = variance.Select(v => 1 / v).ToArray();
        var sumW = w.Sum();
        var fixedEffect = theta.Select((t, i) => w[i] * t).Sum() / sumW;
        var q = theta.Select((t, i) => w[i] * (t - fixedEffect) * (t - fixedEffect)).Sum();
        var df = usable.Count - 1;
        var c = sumW - (w.Sum(x => x * x) / sumW);
        var tau2 = df > 0 && c > 0 ? Math.Max(0, (q - df) / c) : 0;
        var wStar = variance.Select(v => 1 / (v + tau2)).ToArray();
        var pooled = theta.Select((t, i) => wStar[i] * t).Sum() / wStar.Sum();
        var se = Math.Sqrt(1 / wStar.Sum());
        var i2 = q > df && q > 0 ? (q - df) / q : 0;
        return new Pooled(usable.Count, sites.Count - usable.Count, Expit(pooled), Expit(pooled - (Z95 * se)), Expit(pooled + (Z95 * se)), tau2, i2, q);
    }

    private static double Expit(double x) => 1 / (1 + Math.Exp(-x));
}
