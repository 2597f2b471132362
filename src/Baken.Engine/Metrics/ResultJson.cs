using System.Text.Encodings.Web;
using System.Text.Json;

namespace Baken.Engine.Metrics;

/// <summary>
/// Writes a <see cref="ClassifierResult"/> as camelCase JSON with the keys and layout of the golden
/// files (an undefined metric is written as null; <c>bootstrap</c> appears only when replicates were
/// drawn). Written by hand rather than by reflection so that key order, nulls and the
/// <c>{"suppressed": true}</c> shape are fixed: the document is what gets signed.
/// </summary>
public static class ResultJson
{
    // Relaxed escaping keeps subgroup values such as "80+" or "Fryslân" readable; the document is
    // data for signing and machines, and a page that shows it encodes it as it does any text.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the result as UTF-8 JSON.</summary>
    public static void Write(ClassifierResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteResult(writer, result);
    }

    /// <summary>The result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(ClassifierResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return buffer.ToArray();
    }

    private static void WriteResult(Utf8JsonWriter w, ClassifierResult result)
    {
        w.WriteStartObject();
        WriteMetadata(w, result.Metadata);
        w.WriteNumber("minCellSize", result.MinCellSize);
        w.WritePropertyName("overall");
        WriteMetricSet(w, result.Overall);
        w.WriteStartObject("subgroups");
        foreach (var column in result.Subgroups)
        {
            w.WriteStartObject(column.Column);
            foreach (var value in column.Values)
            {
                w.WritePropertyName(value.Value);
                if (value.Metrics is null)
                {
                    w.WriteStartObject();
                    w.WriteBoolean("suppressed", true);
                    w.WriteEndObject();
                }
                else
                {
                    WriteMetricSet(w, value.Metrics);
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, ResultMetadata m)
    {
        w.WriteStartObject("metadata");
        w.WriteString("engineVersion", m.EngineVersion);
        w.WriteString("protocolId", m.ProtocolId);
        w.WriteString("inputSha256", m.InputSha256);
        w.WriteNumber("rowsRead", m.RowsRead);
        w.WriteNumber("rowsUsed", m.RowsUsed);
        w.WriteNumber("rowsRejected", m.RowsRejected);
        w.WriteNumber("seed", m.Seed);
        w.WriteNumber("bootstrapReplicates", m.BootstrapReplicates);
        w.WriteString("startedAt", m.StartedAt);
        w.WriteString("finishedAt", m.FinishedAt);
        WriteTime(w, "dataFrom", m.DataFrom);
        WriteTime(w, "dataTo", m.DataTo);
        w.WriteEndObject();
    }

    internal static void WriteMetricSet(Utf8JsonWriter w, MetricSet m)
    {
        w.WriteStartObject();
        w.WriteNumber("n", m.N);
        w.WriteNumber("positives", m.Positives);
        w.WriteNumberOrNull("prevalence", m.Prevalence);
        w.WriteNumberOrNull("auroc", m.Auroc);
        w.WriteNumberOrNull("aurocSe", m.AurocSe);
        WriteInterval(w, "aurocCi95", m.AurocCi95);
        w.WriteNumberOrNull("auprc", m.Auprc);
        w.WriteNumberOrNull("brier", m.Brier);
        w.WriteNumberOrNull("logLoss", m.LogLoss);
        w.WriteNumberOrNull("calibrationInTheLarge", m.CalibrationInTheLarge);
        w.WriteNumberOrNull("calibrationIntercept", m.CalibrationIntercept);
        w.WriteNumberOrNull("calibrationSlope", m.CalibrationSlope);
        w.WriteNumberOrNull("observedExpectedRatio", m.ObservedExpectedRatio);
        w.WriteNumberOrNull("ece", m.Ece);

        w.WriteStartObject("calibrationCurve");
        WriteArray(w, "meanPredicted", m.CalibrationCurve.MeanPredicted);
        WriteArray(w, "fractionPositive", m.CalibrationCurve.FractionPositive);
        w.WriteEndObject();

        w.WriteStartArray("thresholds");
        foreach (var t in m.Thresholds)
        {
            w.WriteStartObject();
            w.WriteNumber("threshold", t.Threshold);
            w.WriteNumber("tp", t.Tp);
            w.WriteNumber("fp", t.Fp);
            w.WriteNumber("fn", t.Fn);
            w.WriteNumber("tn", t.Tn);
            w.WriteNumberOrNull("sensitivity", t.Sensitivity);
            w.WriteNumberOrNull("specificity", t.Specificity);
            w.WriteNumberOrNull("ppv", t.Ppv);
            w.WriteNumberOrNull("npv", t.Npv);
            w.WriteNumberOrNull("f1", t.F1);
            w.WriteNumberOrNull("accuracy", t.Accuracy);
            w.WriteNumberOrNull("netBenefit", t.NetBenefit);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (m.Bootstrap is { } b)
        {
            w.WriteStartObject("bootstrap");
            w.WriteNumber("replicates", b.Replicates);
            WriteInterval(w, "aurocCi95", b.Auroc);
            WriteInterval(w, "auprcCi95", b.Auprc);
            WriteInterval(w, "brierCi95", b.Brier);
            WriteInterval(w, "calibrationSlopeCi95", b.CalibrationSlope);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter w, string name, ConfidenceInterval? interval)
    {
        if (interval is { } ci)
        {
            w.WriteStartArray(name);
            w.WriteNumberValue(ci.Lower);
            w.WriteNumberValue(ci.Upper);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IReadOnlyList<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTime? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
