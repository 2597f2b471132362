using System.Text;
using Sylvan.Data.Csv;

namespace Baken.Engine.Readers;

// Streams a CSV file row by row: fields are parsed from spans (no per-row strings) and only the
// validated values are kept.
internal static class CsvPredictionReader
{
    // Rows whose average length, with the file length, estimates the row count (see GrowableColumn).
    private const int SampleRows = 1000;

    public static PredictionSet Read(Stream input, PredictionColumns columns, long? bytes, CancellationToken cancellationToken)
    {
        var builder = new PredictionSetBuilder(columns);
        using var hashing = new HashingReadStream(input);
        return ReadRows(hashing, builder, bytes, cancellationToken) switch
        {
            { } failed => builder.Fail(failed, hashing.Finish()),
            null => builder.Build(hashing.Finish()),
        };
    }

    // Parses the rows of one CSV text (header first) into the builder; returns the structural
    // issues (no header, missing columns) when no row can be read at all, else null.
    public static List<ReadIssue>? ReadRows(Stream input, PredictionSetBuilder builder, long? bytes, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            // Prediction ids may start with '#'; treating such a line as a comment would silently drop a row.
            CommentHandler = null,
            Comment = '\0',
        };
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, options);
        }
        catch (CsvMissingHeadersException)
        {
            return [new ReadIssue(ReadIssueKind.EmptyFile, "The file is empty: it has no header row.")];
        }

        using var reader = csv;

        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            ordinals.TryAdd(csv.GetName(i), i);
        }

        var missing = builder.MissingColumns(ordinals.Keys);
        if (missing.Count > 0)
        {
            return missing;
        }

        var columns = builder.Columns;
        var label = ordinals[columns.LabelColumn];
        var score = ordinals[columns.ScoreColumn];
        var subgroups = columns.SubgroupColumns.Select(name => ordinals[name]).ToArray();
        var timestamp = columns.TimestampColumn is null ? -1 : ordinals[columns.TimestampColumn];
        var codes = new int[subgroups.Length];
        long sampledChars = 0;
        long row = 0;

        while (csv.Read())
        {
            row = builder.NextRow();
            if (row <= SampleRows && bytes is { } total)
            {
                sampledChars += csv.GetRawRecordSpan().Length;
                if (row == SampleRows)
                {
                    builder.ExpectRows((long)(total / (sampledChars / (double)SampleRows) * 1.02) + 1024);
                }
            }

            if ((row & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var ok = builder.TryLabel(Field(csv, label), row, out var y);
            ok &= builder.TryScore(Field(csv, score), row, out var p);
            var time = default(DateTime);
            if (timestamp >= 0)
            {
                ok &= builder.TryTimestamp(Field(csv, timestamp), row, out time);
            }

            if (!ok)
            {
                continue;
            }

            for (var i = 0; i < subgroups.Length; i++)
            {
                codes[i] = builder.Encoders[i].Encode(Field(csv, subgroups[i]));
            }

            builder.Accept(y, p, codes, time);
        }

        return null;
    }

    // A short row (fewer fields than the header) reads as empty fields, which the rules then report.
    private static ReadOnlySpan<char> Field(CsvDataReader csv, int ordinal) =>
        ordinal < csv.RowFieldCount ? csv.GetFieldSpan(ordinal) : [];
}
