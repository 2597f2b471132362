using Parquet;
using Parquet.Schema;

namespace Baken.Engine.Readers;

// Reads a Parquet file one row group at a time and feeds the same validation rules as the CSV
// reader. Numeric columns may be any integer, floating or boolean type; text columns are parsed.
internal static class ParquetPredictionReader
{
    public static async Task<PredictionSet> ReadAsync(Stream input, PredictionColumns columns, CancellationToken cancellationToken)
    {
        var builder = new PredictionSetBuilder(columns);
        var sha256 = await HashAsync(input, cancellationToken).ConfigureAwait(false);
        await using var reader = await ParquetReader.CreateAsync(input, null, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);

        var fields = new Dictionary<string, DataField>(StringComparer.Ordinal);
        foreach (var field in reader.Schema.GetDataFields())
        {
            fields.TryAdd(field.Name, field);
        }

        var missing = builder.MissingColumns(fields.Keys);
        if (missing.Count > 0)
        {
            return builder.Fail(missing, sha256);
        }

        var unsupported = builder.RequestedColumns
            .Select(name => fields[name])
            .Where(field => !ParquetColumn.IsSupported(field, field.Name == columns.TimestampColumn))
            .Select(field => new ReadIssue(ReadIssueKind.UnsupportedColumnType,
                $"Column '{field.Name}' has Parquet type {field.ClrType.Name}, which cannot be read here.", Column: field.Name))
            .ToList();
        if (unsupported.Count > 0)
        {
            return builder.Fail(unsupported, sha256);
        }

        var codes = new int[columns.SubgroupColumns.Count];
        builder.ExpectRows(reader.Metadata?.NumRows ?? 0);
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = checked((int)rowGroup.RowCount);
            var label = await ParquetColumn.ReadAsync(rowGroup, fields[columns.LabelColumn], count, cancellationToken).ConfigureAwait(false);
            var score = await ParquetColumn.ReadAsync(rowGroup, fields[columns.ScoreColumn], count, cancellationToken).ConfigureAwait(false);
            var subgroups = new ParquetColumn[codes.Length];
            for (var i = 0; i < codes.Length; i++)
            {
                subgroups[i] = await ParquetColumn.ReadAsync(rowGroup, fields[columns.SubgroupColumns[i]], count, cancellationToken).ConfigureAwait(false);
            }

            var timestamp = columns.TimestampColumn is null
                ? null
                : await ParquetColumn.ReadAsync(rowGroup, fields[columns.TimestampColumn], count, cancellationToken).ConfigureAwait(false);

            for (var r = 0; r < count; r++)
            {
                var row = builder.NextRow();
                var ok = TryLabel(builder, label, r, row, out var y);
                ok &= TryScore(builder, score, r, row, out var p);
                var time = default(DateTime);
                if (timestamp is not null)
                {
                    ok &= TryTimestamp(builder, timestamp, r, row, out time);
                }

                if (!ok)
                {
                    continue;
                }

                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = builder.Encoders[i].Encode(subgroups[i].Text(r));
                }

                builder.Accept(y, p, codes, time);
            }
        }

        return builder.Build(sha256);
    }

    private static bool TryLabel(PredictionSetBuilder builder, ParquetColumn column, int index, long row, out byte label)
    {
        if (column.IsText)
        {
            return builder.TryLabel(column.Strings![index], row, out label);
        }

        label = 0;
        var value = column.Numbers![index];
        return value is { } v ? builder.TryLabel(v, row, out label) : builder.Missing(row, builder.LabelColumn);
    }

    private static bool TryScore(PredictionSetBuilder builder, ParquetColumn column, int index, long row, out double score)
    {
        if (column.IsText)
        {
            return builder.TryScore(column.Strings![index], row, out score);
        }

        score = column.Numbers![index] ?? 0;
        return column.Numbers[index] is { } v ? builder.CheckScore(v, row) : builder.Missing(row, builder.ScoreColumn);
    }

    private static bool TryTimestamp(PredictionSetBuilder builder, ParquetColumn column, int index, long row, out DateTime timestamp)
    {
        if (column.IsText)
        {
            return builder.TryTimestamp(column.Strings![index], row, out timestamp);
        }

        timestamp = column.Times![index] ?? default;
        return column.Times[index] is not null || builder.Missing(row, builder.TimestampColumn!);
    }

    // Parquet needs a seekable stream anyway, so hashing is one sequential pass before parsing.
    private static async Task<string> HashAsync(Stream input, CancellationToken cancellationToken)
    {
        var start = input.Position;
        var hash = await System.Security.Cryptography.SHA256.HashDataAsync(input, cancellationToken).ConfigureAwait(false);
        input.Position = start;
        return Convert.ToHexStringLower(hash);
    }
}
