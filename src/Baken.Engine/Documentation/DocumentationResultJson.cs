using System.Text.Encodings.Web;
using System.Text.Json;

namespace Baken.Engine.Documentation;

/// <summary>
/// Writes documentation results as camelCase JSON in the classifier result's layout: <c>taskType</c>,
/// <c>metadata</c>, <c>overall</c> (aggregates, fractions in [0, 1]) and <c>documents</c> (per-document
/// figures with ids and, for notes, the sentences of flagged facts). The <c>documents</c> part is for
/// the organisation's own use: <c>baken submit</c> sends only the aggregates. Written by hand so that
/// key order and nulls are fixed, as for the classifier result.
/// </summary>
public static partial class DocumentationResultJson
{
    /// <summary>The task type marker of every documentation result.</summary>
    public const string TaskType = "documentation";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A transcript result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(TranscriptResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            w.WriteString("measure", "transcriptAccuracy");
            WriteMetadata(w, result.Metadata);
            w.WriteString("normalisation", TextNormaliser.Name(result.Normalisation));
            var o = result.Overall;
            w.WriteStartObject("overall");
            w.WriteNumber("documents", o.Documents);
            w.WriteNumberOrNull("wer", o.Wer);
            w.WriteNumberOrNull("cer", o.Cer);
            w.WriteNumber("referenceWords", o.ReferenceWords);
            w.WriteNumber("wordEdits", o.WordEdits);
            w.WriteNumber("referenceChars", o.ReferenceChars);
            w.WriteNumber("charEdits", o.CharEdits);
            w.WriteEndObject();
            w.WriteStartArray("documents");
            foreach (var d in result.Documents)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Label);
                w.WriteNumberOrNull("wer", d.Wer);
                w.WriteNumberOrNull("cer", d.Cer);
                w.WriteNumber("referenceWords", d.ReferenceWords);
                w.WriteNumber("hypothesisWords", d.HypothesisWords);
                w.WriteNumber("wordEdits", d.WordEdits);
                w.WriteNumber("referenceChars", d.ReferenceChars);
                w.WriteNumber("charEdits", d.CharEdits);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("taskType", TaskType);
            body(w);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteMetadata(Utf8JsonWriter w, DocumentationMetadata m)
    {
        w.WriteStartObject("metadata");
        w.WriteString("engineVersion", m.EngineVersion);
        w.WriteString("protocolId", m.ProtocolId);
        foreach (var (role, sha) in m.Inputs)
        {
            w.WriteString(role + "Sha256", sha);
        }

        w.WriteNumber("rowsRead", m.RowsRead);
        w.WriteNumber("rowsUsed", m.RowsUsed);
        w.WriteNumber("rowsRejected", m.RowsRejected);
        w.WriteString("startedAt", m.StartedAt);
        w.WriteString("finishedAt", m.FinishedAt);
        w.WriteEndObject();
    }
}
