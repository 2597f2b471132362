namespace Baken.Engine.Monitoring;

// The non-missing values of a categorical column in both files: the union of their values in
// ordinal order (Python's sorted on str), with the count of each in the reference and the period.
internal sealed class CategoryTable
{
    public required string[] Values { get; init; }
    public required long[] CountsR { get; init; }
    public required long[] CountsC { get; init; }
    public required long NR { get; init; }
    public required long NC { get; init; }

    // Reference code -> index in Values.
    public required int[] ReferenceMap { get; init; }

    public static CategoryTable Build(ColumnData reference, ColumnData period)
    {
        var countsByCodeR = CountCodes(reference);
        var countsByCodeC = CountCodes(period);
        var values = reference.Categories!.Where((_, i) => countsByCodeR[i] > 0)
            .Concat(period.Categories!.Where((_, i) => countsByCodeC[i] > 0))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var countsR = new long[values.Length];
        var countsC = new long[values.Length];
        var referenceMap = new int[reference.Categories!.Count];
        for (var code = 0; code < referenceMap.Length; code++)
        {
            referenceMap[code] = index.GetValueOrDefault(reference.Categories[code], -1);
            if (countsByCodeR[code] > 0)
            {
                countsR[referenceMap[code]] += countsByCodeR[code];
            }
        }

        for (var code = 0; code < period.Categories!.Count; code++)
        {
            if (countsByCodeC[code] > 0)
            {
                countsC[index[period.Categories[code]]] += countsByCodeC[code];
            }
        }

        return new CategoryTable
        {
            Values = values, CountsR = countsR, CountsC = countsC, NR = countsR.Sum(), NC = countsC.Sum(), ReferenceMap = referenceMap,
        };
    }

    private static long[] CountCodes(ColumnData column)
    {
        var counts = new long[column.Categories!.Count];
        foreach (var code in column.Codes!)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        return counts;
    }
}
