using System.Text.Encodings.Web;
using System.Text.Json;
using Baken.Engine.Metrics;

namespace Baken.Engine.Value;

/// <summary>
/// Writes value-study results as camelCase JSON, by hand so that key order and nulls are fixed as in the
/// other result documents. Computation is exact; rounding happens here only, half away from zero:
/// money (euro, also euro per QALY) to the cent, QALYs to 6 decimals, the benefit-cost ratio to 4.
/// A total is rounded from the exact total, so it may differ by a cent from the sum of rounded parts.
/// </summary>
public static class ValueResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An MKBA result as UTF-8 JSON bytes.</summary>
    /// <param name="result">The result.</param>
    /// <param name="inputSha256">SHA-256 of the input file, when read from one.</param>
    public static byte[] ToUtf8Bytes(MkbaResult result, string? inputSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write("mkba", result.RateSet, inputSha256, w =>
        {
            w.WriteStartObject("npvByStakeholder");
            foreach (var s in result.Stakeholders)
            {
                w.WriteNumber(s.Stakeholder, Money(s.Npv));
            }

            w.WriteEndObject();
            w.WriteNumber("npvTotal", Money(result.NpvTotal));
            WriteNumberOrNull(w, "benefitCostRatio", result.BenefitCostRatio is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null);
            w.WriteStartObject("distribution");
            foreach (var s in result.Stakeholders)
            {
                w.WriteStartObject(s.Stakeholder);
                w.WriteNumber("pvCosts", Money(s.PvCosts));
                w.WriteNumber("pvBenefits", Money(s.PvBenefits));
                w.WriteNumber("npv", Money(s.Npv));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                w.WriteStartObject();
                w.WriteString("stakeholder", item.Stakeholder);
                w.WriteString("name", item.Name);
                w.WriteString("kind", KindName(item.Kind));
                w.WriteNumber("rate", item.Rate);
                w.WriteNumber("presentValue", Money(item.PresentValue));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("sensitivity");
            w.WriteNumber("discountRateDelta", result.Sensitivity.DiscountRateDelta);
            w.WriteNumber("flowChange", result.Sensitivity.FlowChange);
            w.WriteEndObject();
            w.WriteStartArray("tornado");
            foreach (var bar in result.Tornado)
            {
                w.WriteStartObject();
                w.WriteString("parameter", bar.Parameter);
                w.WriteString("label", bar.Label);
                w.WriteNumber("low", bar.Low);
                w.WriteNumber("high", bar.High);
                w.WriteNumber("npvLow", Money(bar.NpvLow));
                w.WriteNumber("npvHigh", Money(bar.NpvHigh));
                w.WriteNumber("swing", Money(bar.Swing));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>An HTA result as UTF-8 JSON bytes.</summary>
    /// <param name="result">The result.</param>
    /// <param name="inputSha256">SHA-256 of the input file, when read from one.</param>
    public static byte[] ToUtf8Bytes(HtaResult result, string? inputSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write("hta", result.RateSet, inputSha256, w =>
        {
            WriteArm(w, "intervention", result.Intervention);
            WriteArm(w, "comparator", result.Comparator);
            w.WriteNumber("deltaCost", Money(result.DeltaCost));
            w.WriteNumber("deltaQaly", Qaly(result.DeltaQaly));
            switch (result.Quadrant)
            {
                case CostEffectivenessQuadrant.SouthEast:
                    w.WriteString("icer", "dominant");
                    break;
                case CostEffectivenessQuadrant.NorthWest:
                    w.WriteString("icer", "dominated");
                    break;
                default:
                    WriteNumberOrNull(w, "icer", result.Icer is { } icer ? Money(icer) : null);
                    break;
            }

            w.WriteString("quadrant", QuadrantName(result.Quadrant));
            w.WriteNumber("diseaseBurden", result.DiseaseBurden);
            WriteNumberOrNull(w, "referenceValue", result.ReferenceValue);
            if (result.ReferenceBand is { } band)
            {
                w.WriteStartObject("referenceBand");
                w.WriteNumber("from", band.From);
                w.WriteNumber("to", band.To);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("referenceBand");
            }

            WriteNumberOrNull(w, "netMonetaryBenefit", result.NetMonetaryBenefit is { } nmb ? Money(nmb) : null);
            WriteNumberOrNull(w, "headroom", result.Headroom is { } h ? Money(h) : null);
            w.WriteStartArray("flags");
            foreach (var flag in result.Flags)
            {
                w.WriteStringValue(flag);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The JSON name of a flow kind.</summary>
    public static string KindName(FlowKind kind) => kind switch
    {
        FlowKind.FixedSunk => "fixedSunk",
        FlowKind.RiskFree => "riskFree",
        _ => "standard",
    };

    /// <summary>The JSON name of a quadrant.</summary>
    public static string QuadrantName(CostEffectivenessQuadrant quadrant) => quadrant switch
    {
        CostEffectivenessQuadrant.NorthEast => "northEast",
        CostEffectivenessQuadrant.SouthEast => "southEast",
        CostEffectivenessQuadrant.NorthWest => "northWest",
        CostEffectivenessQuadrant.SouthWest => "southWest",
        _ => "origin",
    };

    /// <summary>An amount in euro as written: to the cent, half away from zero.</summary>
    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>QALYs as written: 6 decimals, half away from zero.</summary>
    public static decimal Qaly(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    private static void WriteArm(Utf8JsonWriter w, string name, DiscountedArm arm)
    {
        w.WriteStartObject(name);
        w.WriteNumber("costs", Money(arm.Costs));
        w.WriteNumber("qalys", Qaly(arm.Qalys));
        w.WriteEndObject();
    }

    private static byte[] Write(string study, RateSet rateSet, string? inputSha256, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("study", study);
            w.WriteStartObject("metadata");
            w.WriteString("engineVersion", ClassifierValidator.EngineVersion);
            w.WriteString("inputSha256", inputSha256);
            w.WriteStartObject("rateSet");
            w.WriteString("id", rateSet.Id);
            w.WriteString("name", rateSet.Name);
            w.WriteString("source", rateSet.Source);
            w.WriteString("publishedOn", rateSet.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("validFrom", rateSet.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteBoolean("unconfirmed", rateSet.Unconfirmed);
            w.WriteStartObject("rates");
            foreach (var name in RateSet.RateNames(rateSet.Kind))
            {
                w.WriteNumber(name, rateSet.Rates[name]);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            body(w);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
