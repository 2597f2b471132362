using System.Text.Encodings.Web;
using System.Text.Json;
using Baken.Engine.Metrics;

namespace Baken.Engine.Monitoring;

/// <summary>
/// Writes a <see cref="MonitoringResult"/> as JSON with the keys and layout of the monitoring
/// golden files. Written by hand so that key order, nulls and the <c>{"suppressed": true}</c> shape
/// are fixed: the document is what will be signed and submitted. It holds statistics, thresholds,
/// bin edges and category names only; never shares of bins, row values or identifiers.
/// </summary>
public static partial class MonitoringResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the result as UTF-8 JSON.</summary>
    public static void Write(MonitoringResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteString("period", result.Period);
        w.WriteNumber("n", result.N);
        w.WriteNumber("labelledRows", result.LabelledRows);
        w.WriteBoolean("insufficientData", result.InsufficientData);
        w.WritePropertyName("performance");
        WritePerformance(w, result.Performance);
        WriteSubgroups(w, result.Subgroups);
        w.WritePropertyName("drift");
        WriteDrift(w, result.Drift);
        w.WritePropertyName("cbpe");
        WriteCbpe(w, result.Cbpe);
        WriteAlerts(w, result.Alerts);
        w.WriteString("engineVersion", result.EngineVersion);
        w.WriteEndObject();
    }

    /// <summary>The result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(MonitoringResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return buffer.ToArray();
    }

    private static void WritePerformance(Utf8JsonWriter w, PeriodPerformance? performance)
    {
        if (performance is null)
        {
            w.WriteNullValue();
        }
        else if (performance.Metrics is { } metrics)
        {
            ResultJson.WriteMetricSet(w, metrics);
        }
        else
        {
            WriteSuppressed(w);
        }
    }

    private static void WriteSubgroups(Utf8JsonWriter w, IReadOnlyList<SubgroupResult> subgroups)
    {
        w.WriteStartObject("subgroups");
        foreach (var column in subgroups)
        {
            w.WriteStartObject(column.Column);
            foreach (var value in column.Values)
            {
                w.WritePropertyName(value.Value);
                if (value.Metrics is { } metrics)
                {
                    ResultJson.WriteMetricSet(w, metrics);
                }
                else
                {
                    WriteSuppressed(w);
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteCbpe(Utf8JsonWriter w, CbpeResult? cbpe)
    {
        if (cbpe is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber("n", cbpe.N);
        w.WriteNumber("referenceChunks", cbpe.ReferenceChunks);
        w.WriteStartObject("expectedConfusionMatrix");
        Number(w, "tp", cbpe.Tp);
        Number(w, "fp", cbpe.Fp);
        Number(w, "fn", cbpe.Fn);
        Number(w, "tn", cbpe.Tn);
        w.WriteEndObject();
        foreach (var m in cbpe.Metrics)
        {
            w.WriteStartObject(m.Name);
            Number(w, "estimated", m.Estimated);
            Number(w, "samplingError", m.SamplingError);
            Number(w, "lowerConfidenceBoundary", m.LowerConfidenceBoundary);
            Number(w, "upperConfidenceBoundary", m.UpperConfidenceBoundary);
            Number(w, "lowerThreshold", m.LowerThreshold);
            Number(w, "upperThreshold", m.UpperThreshold);
            w.WriteBoolean("alert", m.Alert);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteAlerts(Utf8JsonWriter w, IReadOnlyList<MonitoringAlert> alerts)
    {
        w.WriteStartArray("alerts");
        foreach (var alert in alerts)
        {
            w.WriteStartObject();
            w.WriteString("rule", alert.Rule);
            if (alert.Column is { } column)
            {
                w.WriteString("column", column);
            }

            if (alert.Test is { } test)
            {
                w.WriteString("test", test);
            }

            if (alert.Metric is { } metric)
            {
                w.WriteString("metric", metric);
            }

            if (alert.Values is { } values)
            {
                w.WriteStartArray("values");
                foreach (var v in values)
                {
                    w.WriteStringValue(v);
                }

                w.WriteEndArray();
            }
            else
            {
                Number(w, "value", alert.Value);
            }

            if (alert.Range is { } range)
            {
                w.WriteStartArray("threshold");
                NumberValue(w, range.Lower);
                NumberValue(w, range.Upper);
                w.WriteEndArray();
            }
            else if (alert.Values is null)
            {
                Number(w, "threshold", alert.Threshold);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSuppressed(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteBoolean("suppressed", true);
        w.WriteEndObject();
    }

    // JSON has no NaN or infinity: an undefined statistic is null.
    private static void Number(Utf8JsonWriter w, string name, double? value) =>
        w.WriteNumberOrNull(name, value is { } v && double.IsFinite(v) ? v : null);

    private static void NumberValue(Utf8JsonWriter w, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            NumberValue(w, v);
        }

        w.WriteEndArray();
    }
}
