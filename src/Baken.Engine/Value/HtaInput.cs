using System.Globalization;
using System.Text.Json;

namespace Baken.Engine.Value;

/// <summary>One arm of a cost-effectiveness comparison, per year from year 0.</summary>
/// <param name="Costs">Euro per year.</param>
/// <param name="Qalys">QALYs per year.</param>
public sealed record HtaArm(IReadOnlyList<decimal> Costs, IReadOnlyList<decimal> Qalys);

/// <summary>A checked HTA study.</summary>
/// <param name="RateSet">The rate set named by <c>rateSet</c> (costs and effects rates, reference values).</param>
/// <param name="Intervention">The new intervention.</param>
/// <param name="Comparator">Current care.</param>
/// <param name="DiseaseBurden">Proportional shortfall in [0, 1].</param>
/// <param name="MaxPlausibleDeltaQaly">For the headroom: the largest QALY gain the intervention could plausibly bring.</param>
/// <param name="DeltaOtherCosts">For the headroom: the change in other costs the intervention brings.</param>
public sealed record HtaInput(
    RateSet RateSet, HtaArm Intervention, HtaArm Comparator, double DiseaseBurden, decimal? MaxPlausibleDeltaQaly, decimal? DeltaOtherCosts)
{
    /// <summary>Reads and checks an HTA input document (see content/value/hta-input.schema.json).</summary>
    public static ValueOutcome<HtaInput> Parse(ReadOnlyMemory<byte> utf8Json, RateSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var fields = new JsonFields();
        using var document = fields.Parse(utf8Json, "HTA input");
        if (document is null)
        {
            return ValueOutcome<HtaInput>.Failed(fields.Errors);
        }

        var root = document.RootElement;
        var rateSet = StudyRateSet.Find(root, fields, catalog, RateSetKind.Hta);
        var intervention = ReadArm(root, "intervention", fields);
        var comparator = ReadArm(root, "comparator", fields);
        CheckLengths(intervention, comparator, fields);
        var burden = fields.Fraction(root, "diseaseBurden", "");
        if (burden is not null and not (>= 0 and <= 1))
        {
            fields.Add("diseaseBurden", "Must lie between 0 and 1 (the proportional shortfall).");
        }

        var maxDeltaQaly = fields.Number(root, "maxPlausibleDeltaQaly", "", required: false);
        if (maxDeltaQaly < 0)
        {
            fields.Add("maxPlausibleDeltaQaly", "Must be zero or more: it is the largest plausible QALY gain.");
        }

        var otherCosts = fields.Number(root, "deltaOtherCosts", "", required: false);
        return fields.HasErrors
            ? ValueOutcome<HtaInput>.Failed(fields.Errors)
            : new(new HtaInput(rateSet!, intervention!, comparator!, burden!.Value, maxDeltaQaly, otherCosts), []);
    }

    private static HtaArm? ReadArm(JsonElement root, string name, JsonFields fields)
    {
        if (fields.Object(root, name, "") is not { } arm)
        {
            return null;
        }

        var costs = fields.Numbers(arm, "costs", name, Discounting.MaxYears);
        var qalys = fields.Numbers(arm, "qalys", name, Discounting.MaxYears);
        return costs is null || qalys is null ? null : new HtaArm(costs, qalys);
    }

    // Both arms are followed over the same years; a series of another length is almost always a
    // year left out, which would silently shift every later year's discounting.
    private static void CheckLengths(HtaArm? intervention, HtaArm? comparator, JsonFields fields)
    {
        if (intervention is null)
        {
            return;
        }

        var years = intervention.Costs.Count;
        var series = new List<(string Path, int Length)> { ("intervention.qalys", intervention.Qalys.Count) };
        if (comparator is not null)
        {
            series.Add(("comparator.costs", comparator.Costs.Count));
            series.Add(("comparator.qalys", comparator.Qalys.Count));
        }

        foreach (var (path, length) in series.Where(s => s.Length != years))
        {
            fields.Add(path, $"Has {length.ToString(CultureInfo.InvariantCulture)} years and intervention.costs has {years.ToString(CultureInfo.InvariantCulture)}: " +
                "all four series must cover the same years (write 0 for a year without costs or QALYs).");
        }
    }
}
