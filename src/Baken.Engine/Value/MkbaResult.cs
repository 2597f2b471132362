namespace Baken.Engine.Value;

/// <summary>The outcome of an MKBA; amounts in euro, unrounded (<see cref="ValueResultJson"/> rounds to the cent).</summary>
/// <param name="RateSet">The rate set used.</param>
/// <param name="Items">Each item's present value, in input order.</param>
/// <param name="Stakeholders">Who pays and who gains, in order of first appearance.</param>
/// <param name="NpvTotal">Net present value over all items.</param>
/// <param name="BenefitCostRatio">Present value of all positive flow entries over the absolute present value of all
/// negative ones; null when there are no negative entries.</param>
/// <param name="Sensitivity">The settings of the tornado.</param>
/// <param name="Tornado">One-way sensitivity bars, widest swing first.</param>
public sealed record MkbaResult(
    RateSet RateSet,
    IReadOnlyList<MkbaItemValue> Items,
    IReadOnlyList<StakeholderValue> Stakeholders,
    decimal NpvTotal,
    decimal? BenefitCostRatio,
    MkbaSensitivity Sensitivity,
    IReadOnlyList<TornadoBar> Tornado);

/// <summary>One item's value.</summary>
/// <param name="Stakeholder">Its stakeholder.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">How it was discounted.</param>
/// <param name="Rate">The yearly rate used.</param>
/// <param name="PresentValue">Sum of its discounted flows.</param>
public sealed record MkbaItemValue(string Stakeholder, string Name, FlowKind Kind, decimal Rate, decimal PresentValue);

/// <summary>One stakeholder's position: the distribution table's row.</summary>
/// <param name="Stakeholder">camelCase name.</param>
/// <param name="PvCosts">Present value of its negative flow entries, as a positive amount.</param>
/// <param name="PvBenefits">Present value of its positive flow entries.</param>
/// <param name="Npv">Benefits minus costs.</param>
public sealed record StakeholderValue(string Stakeholder, decimal PvCosts, decimal PvBenefits, decimal Npv);

/// <summary>One bar of the tornado: the total NPV with one parameter moved down and up.</summary>
/// <param name="Parameter"><c>discountRate</c>, or the item's path such as <c>items[2]</c>.</param>
/// <param name="Label">For people: "discount rate" or the item's name.</param>
/// <param name="Low">The downward change: a rate difference (-0.01) or a relative change of the flows (-0.2).</param>
/// <param name="High">The upward change.</param>
/// <param name="NpvLow">Total NPV at the downward change.</param>
/// <param name="NpvHigh">Total NPV at the upward change.</param>
public sealed record TornadoBar(string Parameter, string Label, decimal Low, decimal High, decimal NpvLow, decimal NpvHigh)
{
    /// <summary>|NpvHigh - NpvLow|: the bar's width, by which the tornado is sorted.</summary>
    public decimal Swing => Math.Abs(NpvHigh - NpvLow);
}
