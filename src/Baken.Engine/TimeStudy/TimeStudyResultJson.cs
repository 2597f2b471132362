using System.Text.Encodings.Web;
using System.Text.Json;
using Baken.Engine.Metrics;

namespace Baken.Engine.TimeStudy;

/// <summary>
/// Writes a time-study result as camelCase JSON in the classifier result's layout: <c>taskType</c>,
/// <c>metadata</c> (the same keys as <see cref="ResultJson"/> writes), <c>minCellSize</c>,
/// <c>weekHours</c>, <c>overall</c> and <c>roles</c> (keyed by role). Intervals are
/// <c>[lower, upper]</c> or null; a suppressed cell is exactly <c>{"suppressed": true}</c>, carrying no
/// numbers, as in the classifier's subgroups. Every figure is an aggregate: no shift, row or id.
/// </summary>
public static class TimeStudyResultJson
{
    /// <summary>The task type marker of every time-study result.</summary>
    public const string TaskType = "timeStudy";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(TimeStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("taskType", TaskType);
            WriteMetadata(w, result.Metadata);
            w.WriteNumber("minCellSize", result.MinCellSize);
            w.WriteNumber("weekHours", result.WeekHours);
            w.WritePropertyName("overall");
            WriteEstimate(w, result.Overall);
            w.WriteStartObject("roles");
            foreach (var (role, estimate) in result.Roles)
            {
                w.WritePropertyName(role);
                WriteEstimate(w, estimate);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteEstimate(Utf8JsonWriter w, TimeStudyEstimate? e)
    {
        w.WriteStartObject();
        if (e is null)
        {
            w.WriteBoolean("suppressed", true);
            w.WriteEndObject();
            return;
        }

        w.WriteNumber("adminShareBefore", e.AdminShareBefore);
        w.WriteNumber("adminShareAfter", e.AdminShareAfter);
        w.WriteNumber("difference", e.Difference);
        WriteInterval(w, "differenceCi95", e.DifferenceCi95);
        WriteInterval(w, "bootstrapCi95", e.BootstrapCi95);
        w.WriteNumber("minutesSavedPerFteWeek", e.MinutesSavedPerFteWeek);
        w.WriteNumber("shiftsBefore", e.ShiftsBefore);
        w.WriteNumber("shiftsAfter", e.ShiftsAfter);
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
        w.WriteNull("dataFrom");
        w.WriteNull("dataTo");
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
}
