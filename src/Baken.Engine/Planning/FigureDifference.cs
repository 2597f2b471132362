namespace Baken.Engine.Planning;

/// <summary>Which way a figure is better.</summary>
public enum BetterWhen
{
    /// <summary>Costs, distances, violations: less is better.</summary>
    Lower,

    /// <summary>Coverage shares: more is better.</summary>
    Higher,
}

/// <summary>One figure of a plan next to the same figure of a baseline plan for the same instance.</summary>
/// <param name="Figure">The figure's key, as in the result's <c>overall</c> object.</param>
/// <param name="Plan">The checked (AI-made) plan's value.</param>
/// <param name="Baseline">The baseline plan's value.</param>
/// <param name="Difference">Plan minus baseline; null when either is undefined.</param>
/// <param name="BetterWhen">Which way is better for this figure.</param>
/// <param name="Better">"plan", "baseline" or "equal"; null when either is undefined.</param>
public sealed record FigureDifference(string Figure, double? Plan, double? Baseline, double? Difference, BetterWhen BetterWhen, string? Better)
{
    /// <summary>Differences within this are "equal": the figures are sums of reals read from text.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Compares one figure.</summary>
    public static FigureDifference Of(string figure, double? plan, double? baseline, BetterWhen betterWhen)
    {
        if (plan is not { } p || baseline is not { } b)
        {
            return new FigureDifference(figure, plan, baseline, null, betterWhen, null);
        }

        var difference = p - b;
        var better = Math.Abs(difference) <= Tolerance ? "equal"
            : (difference < 0) == (betterWhen == BetterWhen.Lower) ? "plan" : "baseline";
        return new FigureDifference(figure, p, b, difference, betterWhen, better);
    }
}
