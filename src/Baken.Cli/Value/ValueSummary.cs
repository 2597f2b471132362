using System.Globalization;
using Baken.Cli.Agent;
using Baken.Engine.Value;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Baken.Cli.Value;

/// <summary>
/// The terminal summary of a value study. Amounts are shown as the result JSON writes them (rounded to
/// the cent, grouped by a space as the other agent tables do); names from the study are printed as
/// <see cref="Text"/>, never as markup.
/// </summary>
internal static class ValueSummary
{
    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "." };

    public static void Write(TextWriter writer, MkbaResult result)
    {
        var console = Terminal.For(writer);
        writer.WriteLine(RateSetLine(result.RateSet));
        var table = Table("Stakeholder", "PV costs (EUR)", "PV benefits (EUR)", "NPV (EUR)");
        foreach (var s in result.Stakeholders)
        {
            Row(table, s.Stakeholder, Money(s.PvCosts), Money(s.PvBenefits), Money(s.Npv));
        }

        Row(table, "total", Money(result.Stakeholders.Sum(s => s.PvCosts)), Money(result.Stakeholders.Sum(s => s.PvBenefits)), Money(result.NpvTotal));
        console.Write(table);
        writer.WriteLine($"Benefit-cost ratio: {(result.BenefitCostRatio is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture) : "none (no costs)")}");

        if (result.Tornado.Count > 0)
        {
            var tornado = Table("Sensitivity (one at a time)", "Change", "NPV low (EUR)", "NPV high (EUR)", "Swing (EUR)");
            foreach (var bar in result.Tornado)
            {
                var change = bar.Parameter == "discountRate"
                    ? $"rate ±{(bar.High * 100).ToString("0.##", CultureInfo.InvariantCulture)} pp"
                    : $"flows ±{(bar.High * 100).ToString("0.##", CultureInfo.InvariantCulture)}%";
                Row(tornado, $"{bar.Label} ({bar.Parameter})", change, Money(bar.NpvLow), Money(bar.NpvHigh), Money(bar.Swing));
            }

            console.Write(tornado);
        }
    }

    public static void Write(TextWriter writer, HtaResult result)
    {
        var console = Terminal.For(writer);
        writer.WriteLine(RateSetLine(result.RateSet));
        var table = Table("Figure", "Value");
        Row(table, "Costs, intervention / comparator (EUR)", $"{Money(result.Intervention.Costs)} / {Money(result.Comparator.Costs)}");
        Row(table, "QALYs, intervention / comparator", $"{Qaly(result.Intervention.Qalys)} / {Qaly(result.Comparator.Qalys)}");
        Row(table, "Delta cost (EUR)", Money(result.DeltaCost));
        Row(table, "Delta QALY", Qaly(result.DeltaQaly));
        Row(table, "ICER (EUR per QALY)", result.Quadrant switch
        {
            CostEffectivenessQuadrant.SouthEast => "dominant",
            CostEffectivenessQuadrant.NorthWest => "dominated",
            _ => result.Icer is { } icer ? Money(icer) : Numbers.Undefined,
        });
        Row(table, "Quadrant", ValueResultJson.QuadrantName(result.Quadrant));
        Row(table, "Disease burden", result.DiseaseBurden.ToString("0.###", CultureInfo.InvariantCulture));
        Row(table, "Reference value (EUR per QALY)", result.ReferenceValue is { } v ? Money(v) : "none");
        Row(table, "Net monetary benefit (EUR)", result.NetMonetaryBenefit is { } nmb ? Money(nmb) : Numbers.Undefined);
        Row(table, "Headroom (EUR)", result.Headroom is { } h ? Money(h) : Numbers.Undefined);
        console.Write(table);
        foreach (var flag in result.Flags)
        {
            writer.WriteLine(flag switch
            {
                "noReferenceValue" => "No reference value: the disease burden lies below the lowest band, so there is no net monetary benefit or headroom.",
                "southWestQuadrant" => "Cheaper and less effective: the ICER is the saving per QALY lost; it is acceptable when at least the reference value.",
                "noDifference" => "No difference in costs or QALYs: there is no ICER.",
                _ => flag,
            });
        }
    }

    private static string RateSetLine(RateSet set) =>
        $"Rate set: {set.Id} ({set.Name}; {set.Source}; valid from {set.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
        + (set.Unconfirmed ? " [figures not yet checked against the primary text]" : "");

    private static string Money(decimal value) => ValueResultJson.Money(value).ToString("N2", Grouped);

    private static string Qaly(decimal value) => ValueResultJson.Qaly(value).ToString("0.000000", CultureInfo.InvariantCulture);

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
}
