using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Baken.Engine.Value;

/// <summary>How an MKBA item is discounted (Werkgroep Discontovoet 2020).</summary>
public enum FlowKind
{
    /// <summary>The standard real rate (2.25% in discontovoet-2020).</summary>
    Standard,

    /// <summary>Fixed sunk costs, which carry less risk (1.6%).</summary>
    FixedSunk,

    /// <summary>Flows that are truly free of risk (-1%), only with a written justification.</summary>
    RiskFree,
}

/// <summary>One cost or benefit of an MKBA, for one stakeholder.</summary>
/// <param name="Stakeholder">camelCase name: careProviders, insurers, patients, society, or any other.</param>
/// <param name="Name">What it is.</param>
/// <param name="Kind">How it is discounted.</param>
/// <param name="Justification">Why a risk-free item is risk-free; required for <see cref="FlowKind.RiskFree"/>.</param>
/// <param name="Flows">Euro per year from year 0: negative is a cost, positive a benefit.</param>
public sealed record MkbaItem(string Stakeholder, string Name, FlowKind Kind, string? Justification, IReadOnlyList<decimal> Flows);

/// <summary>The one-way sensitivity analysis (tornado) of an MKBA.</summary>
/// <param name="DiscountRateDelta">Every item's rate is moved down and up by this (0.01 = one percentage point); 0 leaves the rate out.</param>
/// <param name="FlowChange">Each item's flows are scaled by 1 - this and 1 + this, one item at a time (0.2 = ±20%); 0 leaves the items out.</param>
public sealed record MkbaSensitivity(decimal DiscountRateDelta = 0.01m, decimal FlowChange = 0.2m);

/// <summary>A checked MKBA study.</summary>
/// <param name="RateSet">The rate set named by <c>rateSet</c>.</param>
/// <param name="Items">The items in input order.</param>
/// <param name="Sensitivity">The tornado's settings (defaults when the input has none).</param>
public sealed partial record MkbaInput(RateSet RateSet, IReadOnlyList<MkbaItem> Items, MkbaSensitivity Sensitivity)
{
    /// <summary>Reads and checks an MKBA input document (see content/value/mkba-input.schema.json).</summary>
    public static ValueOutcome<MkbaInput> Parse(ReadOnlyMemory<byte> utf8Json, RateSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var fields = new JsonFields();
        using var document = fields.Parse(utf8Json, "MKBA input");
        if (document is null)
        {
            return ValueOutcome<MkbaInput>.Failed(fields.Errors);
        }

        var root = document.RootElement;
        var rateSet = StudyRateSet.Find(root, fields, catalog, RateSetKind.Mkba);
        var items = ReadItems(root, fields, rateSet);
        var sensitivity = ReadSensitivity(root, fields);
        return fields.HasErrors
            ? ValueOutcome<MkbaInput>.Failed(fields.Errors)
            : new(new MkbaInput(rateSet!, items, sensitivity), []);
    }

    /// <summary>The yearly rate an item of this kind is discounted at.</summary>
    public static decimal RateFor(RateSet rateSet, FlowKind kind)
    {
        ArgumentNullException.ThrowIfNull(rateSet);
        return rateSet.Rates[Names[(int)kind]];
    }

    private static readonly string[] Names = ["standard", "fixedSunk", "riskFree"];

    private static List<MkbaItem> ReadItems(JsonElement root, JsonFields fields, RateSet? rateSet)
    {
        var items = new List<MkbaItem>();
        if (!root.TryGetProperty("items", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            fields.Add("items", "Required: a list of costs and benefits, each with stakeholder, name, kind and flows.");
            return items;
        }

        if (list.GetArrayLength() == 0)
        {
            fields.Add("items", "Is empty: an MKBA needs at least one cost or benefit.");
            return items;
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = JsonFields.At("items", i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                fields.Add(at, "Must be an object with stakeholder, name, kind and flows.");
                continue;
            }

            if (ReadItem(item, at, fields, rateSet) is { } read)
            {
                items.Add(read);
            }
        }

        return items;
    }

    private static MkbaItem? ReadItem(JsonElement item, string at, JsonFields fields, RateSet? rateSet)
    {
        var stakeholder = fields.String(item, "stakeholder", at);
        if (stakeholder is not null && !CamelCase().IsMatch(stakeholder))
        {
            fields.Add(JsonFields.At(at, "stakeholder"), $"'{stakeholder}' is not a camelCase name such as careProviders, insurers, patients or society.");
            stakeholder = null;
        }

        var name = fields.String(item, "name", at);
        var kindText = fields.String(item, "kind", at, required: false) ?? "standard";
        var kindIndex = Array.IndexOf(Names, kindText);
        if (kindIndex < 0)
        {
            fields.Add(JsonFields.At(at, "kind"), $"'{kindText}' is not a kind: use standard, fixedSunk or riskFree.");
        }

        var kind = (FlowKind)Math.Max(kindIndex, 0);
        var justification = fields.String(item, "justification", at, required: false);
        if (kindIndex == (int)FlowKind.RiskFree && justification is null)
        {
            fields.Add(JsonFields.At(at, "justification"),
                "A riskFree item needs a justification: the -1% rate is only for flows shown to carry no risk at all.");
        }

        var flows = fields.Numbers(item, "flows", at, Discounting.MaxYears);
        if (flows is not null && kindIndex >= 0 && rateSet is { MaxYearsAtNegativeRate: { } maxYears } && RateFor(rateSet, kind) < 0 && flows.Length - 1 > maxYears)
        {
            fields.Add(JsonFields.At(at, "flows"),
                $"Runs to year {(flows.Length - 1).ToString(CultureInfo.InvariantCulture)}; {rateSet.Id} allows a negative rate only up to year {maxYears.ToString(CultureInfo.InvariantCulture)}.");
        }

        return stakeholder is null || name is null || kindIndex < 0 || flows is null ? null : new MkbaItem(stakeholder, name, kind, justification, flows);
    }

    private static MkbaSensitivity ReadSensitivity(JsonElement root, JsonFields fields)
    {
        var defaults = new MkbaSensitivity();
        if (fields.Object(root, "sensitivity", "", required: false) is not { } element)
        {
            return defaults;
        }

        var delta = fields.Number(element, "discountRateDelta", "sensitivity", required: false) ?? defaults.DiscountRateDelta;
        if (delta is < 0m or > 0.5m)
        {
            fields.Add("sensitivity.discountRateDelta", "Must lie between 0 and 0.5 (a fraction: 0.01 is one percentage point).");
        }

        var change = fields.Number(element, "flowChange", "sensitivity", required: false) ?? defaults.FlowChange;
        if (change is < 0m or > 1m)
        {
            fields.Add("sensitivity.flowChange", "Must lie between 0 and 1 (a fraction: 0.2 is ±20%).");
        }

        return new MkbaSensitivity(delta, change);
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCase();
}
