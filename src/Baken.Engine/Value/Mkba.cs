using System.Globalization;
using System.Text;

namespace Baken.Engine.Value;

/// <summary>
/// A social cost-benefit analysis (MKBA) per stakeholder. Each item's flows are discounted at the rate
/// of its kind: PV = Σ_t flow_t / (1 + r)^t, year 0 undiscounted. NPV per stakeholder and in total is
/// the sum of PVs; the benefit-cost ratio is Σ PV(positive entries) / Σ |PV(negative entries)|, each
/// flow entry counted by its own sign. Deterministic; exact in decimal (see <see cref="Discounting"/>).
/// </summary>
public static class Mkba
{
    /// <summary>Reads, checks and computes an MKBA input document (UTF-8 JSON).</summary>
    public static ValueOutcome<MkbaResult> Run(ReadOnlyMemory<byte> utf8Json, RateSetCatalog? catalog = null)
    {
        var input = MkbaInput.Parse(utf8Json, catalog ?? RateSetCatalog.Default);
        return input.Result is { } checkedInput ? new(Compute(checkedInput), []) : ValueOutcome<MkbaResult>.Failed(input.Errors);
    }

    /// <summary>Reads, checks and computes an MKBA input document.</summary>
    public static ValueOutcome<MkbaResult> Run(string json, RateSetCatalog? catalog = null) =>
        Run(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), catalog);

    /// <summary>Computes a checked study.</summary>
    public static MkbaResult Compute(MkbaInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var items = new List<MkbaItemValue>(input.Items.Count);
        var stakeholders = new Dictionary<string, (decimal Costs, decimal Benefits)>(StringComparer.Ordinal);
        var order = new List<string>();
        decimal positive = 0, negative = 0;
        foreach (var item in input.Items)
        {
            var rate = MkbaInput.RateFor(input.RateSet, item.Kind);
            var pvs = Discounting.PresentValues(item.Flows, rate);
            decimal costs = 0, benefits = 0;
            for (var t = 0; t < pvs.Length; t++)
            {
                if (item.Flows[t] < 0)
                {
                    costs -= pvs[t];
                }
                else
                {
                    benefits += pvs[t];
                }
            }

            items.Add(new MkbaItemValue(item.Stakeholder, item.Name, item.Kind, rate, benefits - costs));
            if (!stakeholders.TryGetValue(item.Stakeholder, out var sums))
            {
                order.Add(item.Stakeholder);
            }

            stakeholders[item.Stakeholder] = (sums.Costs + costs, sums.Benefits + benefits);
            positive += benefits;
            negative += costs;
        }

        var table = order.Select(s => new StakeholderValue(s, stakeholders[s].Costs, stakeholders[s].Benefits, stakeholders[s].Benefits - stakeholders[s].Costs)).ToList();
        var total = items.Sum(i => i.PresentValue);
        decimal? ratio = negative > 0 ? positive / negative : null;
        return new MkbaResult(input.RateSet, items, table, total, ratio, input.Sensitivity, Tornado(input));
    }

    // One parameter at a time, the others at their base values; bars sorted by swing, widest first,
    // ties kept in input order (the discount rate before the items).
    private static List<TornadoBar> Tornado(MkbaInput input)
    {
        var bars = new List<TornadoBar>();
        var s = input.Sensitivity;
        var basePvs = input.Items.Select(i => Discounting.PresentValue(i.Flows, MkbaInput.RateFor(input.RateSet, i.Kind))).ToArray();
        if (s.DiscountRateDelta > 0)
        {
            decimal Shifted(decimal shift) => input.Items.Sum(i => Discounting.PresentValue(i.Flows, MkbaInput.RateFor(input.RateSet, i.Kind) + shift));
            bars.Add(new TornadoBar("discountRate", "discount rate", -s.DiscountRateDelta, s.DiscountRateDelta, Shifted(-s.DiscountRateDelta), Shifted(s.DiscountRateDelta)));
        }

        if (s.FlowChange > 0)
        {
            var total = basePvs.Sum();
            for (var i = 0; i < basePvs.Length; i++)
            {
                // Scaling an item's flows scales its PV by the same factor.
                bars.Add(new TornadoBar($"items[{i.ToString(CultureInfo.InvariantCulture)}]", input.Items[i].Name, -s.FlowChange, s.FlowChange,
                    total - (s.FlowChange * basePvs[i]), total + (s.FlowChange * basePvs[i])));
            }
        }

        return [.. bars.OrderByDescending(b => b.Swing)];
    }
}
