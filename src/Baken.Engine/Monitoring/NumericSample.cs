namespace Baken.Engine.Monitoring;

// The finite values of one numerical column of one file, sorted: what every drift statistic of a
// numerical column starts from (missing values and ±infinity are left out, as Evidently does).
internal sealed class NumericSample
{
    private int _distinct = -1;

    private NumericSample(double[] sorted) => Sorted = sorted;

    public double[] Sorted { get; }

    public int Count => Sorted.Length;

    public double Min => Sorted[0];

    public double Max => Sorted[^1];

    // Distinct values (pandas nunique).
    public int Distinct => _distinct >= 0 ? _distinct : _distinct = CountDistinct(Sorted);

    public static NumericSample From(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var v in values)
        {
            count += double.IsFinite(v) ? 1 : 0;
        }

        var sorted = new double[count];
        var i = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                sorted[i++] = v;
            }
        }

        DoubleSort.Sort(sorted, count);
        return new NumericSample(sorted);
    }

    public static NumericSample FromSorted(double[] sorted) => new(sorted);

    // numpy.mean: the sum over the count.
    public double Mean()
    {
        var sum = 0.0;
        foreach (var v in Sorted)
        {
            sum += v;
        }

        return sum / Count;
    }

    // numpy.std with ddof 0: square root of the mean squared deviation from the mean.
    public double PopulationStd()
    {
        var mean = Mean();
        var sum = 0.0;
        foreach (var v in Sorted)
        {
            var d = v - mean;
            sum += d * d;
        }

        return Math.Sqrt(sum / Count);
    }

    // Number of values below (strictly) or at most x.
    public int CountBelow(double x) => LowerBound(Sorted, x);

    public int CountAtMost(double x) => UpperBound(Sorted, x);

    public static int LowerBound(ReadOnlySpan<double> sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public static int UpperBound(ReadOnlySpan<double> sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public static int CountDistinct(ReadOnlySpan<double> sorted)
    {
        if (sorted.IsEmpty)
        {
            return 0;
        }

        var distinct = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }

        return distinct;
    }

    // Distinct values of the union of two samples with their counts in each, ascending.
    public static (double[] Values, long[] CountsA, long[] CountsB) ValueCounts(NumericSample a, NumericSample b)
    {
        var values = new List<double>();
        var countsA = new List<long>();
        var countsB = new List<long>();
        var x = a.Sorted;
        var y = b.Sorted;
        int i = 0, j = 0;
        while (i < x.Length || j < y.Length)
        {
            var v = j >= y.Length || (i < x.Length && x[i] < y[j]) ? x[i] : y[j];
            long ca = 0, cb = 0;
            while (i < x.Length && x[i] == v)
            {
                ca++;
                i++;
            }

            while (j < y.Length && y[j] == v)
            {
                cb++;
                j++;
            }

            values.Add(v);
            countsA.Add(ca);
            countsB.Add(cb);
        }

        return ([.. values], [.. countsA], [.. countsB]);
    }

    // Distinct values of the union, without the table (Evidently's n_values).
    public static int DistinctInUnion(NumericSample a, NumericSample b)
    {
        var x = a.Sorted;
        var y = b.Sorted;
        int i = 0, j = 0, distinct = 0;
        while (i < x.Length || j < y.Length)
        {
            var v = j >= y.Length || (i < x.Length && x[i] < y[j]) ? x[i] : y[j];
            while (i < x.Length && x[i] == v)
            {
                i++;
            }

            while (j < y.Length && y[j] == v)
            {
                j++;
            }

            distinct++;
        }

        return distinct;
    }
}
