using System.Text.Json;

namespace Baken.Engine.Monitoring;

// The "drift" part of the result document.
public static partial class MonitoringResultJson
{
    private static void WriteDrift(Utf8JsonWriter w, DriftResult? drift)
    {
        if (drift is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteStartObject("columns");
        foreach (var column in drift.Columns)
        {
            w.WriteStartObject(column.Column);
            w.WriteString("type", column.Type == ColumnType.Numerical ? "numerical" : "categorical");
            w.WriteNumber("missing", column.Missing);
            w.WritePropertyName("evidently");
            WriteEvidently(w, column.Evidently);
            w.WritePropertyName("nannyml");
            WriteNannyMl(w, column.NannyMl);
            if (column.UnseenCategories is { } unseen)
            {
                w.WriteStartArray("unseenCategories");
                foreach (var category in unseen)
                {
                    w.WriteStartObject();
                    w.WriteString("value", category.Value);
                    if (category.Rows is { } rows)
                    {
                        w.WriteNumber("rows", rows);
                    }
                    else
                    {
                        w.WriteBoolean("suppressed", true);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteNumber("numberOfColumns", drift.NumberOfColumns);
        w.WriteNumber("numberOfDriftedColumns", drift.NumberOfDriftedColumns);
        Number(w, "shareOfDriftedColumns", drift.ShareOfDriftedColumns);
        w.WriteNumber("driftShare", drift.DriftShare);
        w.WriteBoolean("datasetDrift", drift.DatasetDrift);
        w.WriteEndObject();
    }

    private static void WriteEvidently(Utf8JsonWriter w, EvidentlyDrift? e)
    {
        if (e is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("defaultTest", e.DefaultTest);
        Number(w, "driftScore", e.DriftScore);
        w.WriteNumber("threshold", e.Threshold);
        w.WriteBoolean("driftDetected", e.DriftDetected);
        w.WriteStartObject("bins");
        w.WriteString("kind", e.Bins.Kind);
        if (e.Bins.Edges is { } edges)
        {
            Numbers(w, "edges", edges);
        }
        else if (e.Bins.NumericValues is { } numbers)
        {
            Numbers(w, "values", numbers);
        }
        else
        {
            Strings(w, "values", e.Bins.TextValues!);
        }

        w.WriteEndObject();
        w.WriteStartObject("tests");
        foreach (var test in e.Tests)
        {
            w.WriteStartObject(test.Name);
            Number(w, "value", test.Value);
            w.WriteNumber("threshold", test.Threshold);
            w.WriteBoolean("driftDetected", test.DriftDetected);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNannyMl(Utf8JsonWriter w, NannyMlDrift? nm)
    {
        if (nm is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        if (nm.BinEdges is { } edges)
        {
            Numbers(w, "binEdges", edges);
        }
        else
        {
            Strings(w, "categories", nm.Categories!);
        }

        w.WriteNumber("referenceChunks", nm.ReferenceChunks);
        foreach (var method in nm.Methods)
        {
            w.WriteStartObject(method.Name);
            Number(w, "value", method.Value);
            Number(w, "upperThreshold", method.UpperThreshold);
            w.WriteBoolean("alert", method.Alert);
            w.WriteEndObject();
        }

        if (nm.ChiSquare is { } chi2)
        {
            w.WriteStartObject("chi2");
            Number(w, "value", chi2.Value);
            Number(w, "pValue", chi2.PValue);
            w.WriteBoolean("alert", chi2.Alert);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
