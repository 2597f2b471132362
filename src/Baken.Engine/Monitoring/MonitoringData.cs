using Baken.Engine.Readers;

namespace Baken.Engine.Monitoring;

/// <summary>
/// A reference or period file in columns, as <see cref="MonitoringReader"/> read it: y_score per
/// row, the outcome where known, and every monitored column of the plan. When
/// <see cref="HasErrors"/> is true the data must not be used; <see cref="Issues"/> says why, by row.
/// </summary>
public sealed class MonitoringData
{
    internal MonitoringData(
        double[] scores, sbyte[]? labels, IReadOnlyList<ColumnData> columns, long rowsRead, IReadOnlyList<ReadIssue> issues)
    {
        Scores = scores;
        Labels = labels;
        Columns = columns;
        RowsRead = rowsRead;
        Issues = issues;
        Count = scores.Length;
        if (labels is not null)
        {
            foreach (var label in labels)
            {
                LabelledRows += label >= 0 ? 1 : 0;
            }
        }
    }

    /// <summary>Rows read.</summary>
    public int Count { get; }

    /// <summary>Rows whose outcome is known.</summary>
    public int LabelledRows { get; }

    /// <summary>True when the file has an outcome column (its cells may still be empty).</summary>
    public bool HasLabelColumn => Labels is not null;

    /// <summary>Data rows in the file.</summary>
    public long RowsRead { get; }

    /// <summary>Problems found, at most a thousand, in file order.</summary>
    public IReadOnlyList<ReadIssue> Issues { get; }

    /// <summary>True when any issue is an error: nothing may be computed from the data.</summary>
    public bool HasErrors => Issues.Any(i => i.IsError);

    internal double[] Scores { get; }

    // 0 or 1, or -1 where the outcome is not known yet; null without an outcome column.
    internal sbyte[]? Labels { get; }

    // The monitored columns in plan order (y_score among them).
    internal IReadOnlyList<ColumnData> Columns { get; }

    /// <summary>Wraps columns already in memory (tests, benchmarks): scores, labels (-1 unknown, or
    /// null for no outcome column) and per monitored column either numbers (NaN missing) or text
    /// (null or empty missing).</summary>
    public static MonitoringData FromColumns(
        MonitoringPlan plan, double[] scores, sbyte[]? labels, IReadOnlyDictionary<string, double[]> numbers, IReadOnlyDictionary<string, string?[]> texts)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(texts);
        var columns = new List<ColumnData>();
        foreach (var column in plan.MonitoredColumns)
        {
            if (column.Name == MonitoringPlan.ScoreColumn)
            {
                columns.Add(ColumnData.Numerical(column.Name, scores));
            }
            else if (column.Type == ColumnType.Numerical)
            {
                columns.Add(ColumnData.Numerical(column.Name, numbers[column.Name]));
            }
            else
            {
                var encoder = new SubgroupEncoder(column.Name);
                var codes = texts[column.Name].Select(v => string.IsNullOrEmpty(v) ? -1 : encoder.Encode(v)).ToArray();
                columns.Add(ColumnData.Categorical(column.Name, codes, encoder.Values));
            }
        }

        return new MonitoringData(scores, labels, columns, scores.Length, []);
    }
}

// One monitored column: numbers with NaN for missing, or category codes with -1 for missing.
internal sealed class ColumnData
{
    private ColumnData(string name, ColumnType type, double[]? numbers, int[]? codes, IReadOnlyList<string>? categories)
    {
        Name = name;
        Type = type;
        Numbers = numbers;
        Codes = codes;
        Categories = categories;
    }

    public string Name { get; }

    public ColumnType Type { get; }

    public double[]? Numbers { get; }

    public int[]? Codes { get; }

    // The distinct texts; a code indexes this list.
    public IReadOnlyList<string>? Categories { get; }

    public static ColumnData Numerical(string name, double[] numbers) => new(name, ColumnType.Numerical, numbers, null, null);

    public static ColumnData Categorical(string name, int[] codes, IReadOnlyList<string> categories) =>
        new(name, ColumnType.Categorical, null, codes, categories);

    // pandas isna(): an empty cell (NaN for numbers, -1 for categories).
    public long Missing()
    {
        long missing = 0;
        if (Numbers is { } numbers)
        {
            foreach (var v in numbers)
            {
                missing += double.IsNaN(v) ? 1 : 0;
            }
        }
        else
        {
            foreach (var code in Codes!)
            {
                missing += code < 0 ? 1 : 0;
            }
        }

        return missing;
    }
}
