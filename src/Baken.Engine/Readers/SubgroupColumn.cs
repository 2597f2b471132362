namespace Baken.Engine.Readers;

/// <summary>
/// A subgroup column, dictionary-encoded: one small integer code per row and the distinct values once,
/// so ten million rows cost forty megabytes instead of ten million strings.
/// </summary>
public sealed class SubgroupColumn
{
    private readonly int[] _codes;
    private readonly int _count;

    // The codes array may be longer than the row count (see GrowableColumn).
    internal SubgroupColumn(string name, IReadOnlyList<string> values, int[] codes, int count)
    {
        Name = name;
        Values = values;
        _codes = codes;
        _count = count;
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>The distinct values; a row's code indexes this list.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>One code per row, in row order.</summary>
    public ReadOnlySpan<int> Codes => _codes.AsSpan(0, _count);

    /// <summary>Encodes in-memory values (tests, benchmarks, callers that already hold the data).</summary>
    public static SubgroupColumn FromValues(string name, IReadOnlyList<string> rowValues)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rowValues);
        var encoder = new SubgroupEncoder(name);
        var codes = new int[rowValues.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = encoder.Encode(rowValues[i]);
        }

        return new SubgroupColumn(name, encoder.Values, codes, codes.Length);
    }
}
