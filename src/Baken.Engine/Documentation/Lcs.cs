using System.Buffers;

namespace Baken.Engine.Documentation;

// Longest common subsequence for ROUGE-L and ROUGE-Lsum over token ids.
internal static class Lcs
{
    public static double FMeasure(int hits, int referenceCount, int predictionCount)
    {
        if (hits == 0 || referenceCount == 0 || predictionCount == 0)
        {
            return 0;
        }

        var precision = hits / (double)predictionCount;
        var recall = hits / (double)referenceCount;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>LCS length with one pooled row (the length needs no table).</summary>
    public static int Length(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        var rented = ArrayPool<int>.Shared.Rent(b.Length + 1);
        try
        {
            var row = rented.AsSpan(0, b.Length + 1);
            row.Clear();
            foreach (var x in a)
            {
                var diagonal = 0;
                for (var j = 1; j < row.Length; j++)
                {
                    var up = row[j];
                    row[j] = x == b[j - 1] ? diagonal + 1 : Math.Max(up, row[j - 1]);
                    diagonal = up;
                }
            }

            return row[b.Length];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>rouge-score's summary-level LCS F-measure.</summary>
    public static double Summary(List<int[]> referenceLines, List<int[]> predictionLines, int alphabetSize)
    {
        var m = referenceLines.Sum(l => l.Length);
        var n = predictionLines.Sum(l => l.Length);
        if (m == 0 || n == 0)
        {
            return 0;
        }

        var counts = ArrayPool<int>.Shared.Rent(2 * alphabetSize);
        var maxRef = referenceLines.Max(l => l.Length);
        var maxPred = predictionLines.Max(l => l.Length);
        var table = ArrayPool<int>.Shared.Rent((maxRef + 1) * (maxPred + 1));
        var union = ArrayPool<bool>.Shared.Rent(maxRef);
        try
        {
            var refCounts = counts.AsSpan(0, alphabetSize);
            var predCounts = counts.AsSpan(alphabetSize, alphabetSize);
            refCounts.Clear();
            predCounts.Clear();
            foreach (var t in referenceLines.SelectMany(l => l))
            {
                refCounts[t]++;
            }

            foreach (var t in predictionLines.SelectMany(l => l))
            {
                predCounts[t]++;
            }

            var hits = 0;
            foreach (var r in referenceLines)
            {
                var inUnion = union.AsSpan(0, r.Length);
                inUnion.Clear();
                foreach (var c in predictionLines)
                {
                    MarkLcs(r, c, table, inUnion);
                }

                // The union's tokens in reference order, each counted while both texts still have one left.
                for (var i = 0; i < r.Length; i++)
                {
                    var t = r[i];
                    if (inUnion[i] && predCounts[t] > 0 && refCounts[t] > 0)
                    {
                        hits++;
                        predCounts[t]--;
                        refCounts[t]--;
                    }
                }
            }

            return FMeasure(hits, m, n);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<bool>.Shared.Return(union);
        }
    }

    // Fills the full LCS table and walks back as rouge-score's _backtrack_norec does, marking the
    // reference positions on the path.
    private static void MarkLcs(int[] r, int[] c, int[] table, Span<bool> inUnion)
    {
        if (r.Length == 0 || c.Length == 0)
        {
            return;
        }

        var width = c.Length + 1;
        table.AsSpan(0, width).Clear();
        for (var i = 1; i <= r.Length; i++)
        {
            var row = i * width;
            var above = row - width;
            table[row] = 0;
            var x = r[i - 1];
            for (var j = 1; j <= c.Length; j++)
            {
                table[row + j] = x == c[j - 1] ? table[above + j - 1] + 1 : Math.Max(table[above + j], table[row + j - 1]);
            }
        }

        var (a, b) = (r.Length, c.Length);
        while (a > 0 && b > 0)
        {
            if (r[a - 1] == c[b - 1])
            {
                inUnion[a - 1] = true;
                a--;
                b--;
            }
            else if (table[(a * width) + b - 1] > table[((a - 1) * width) + b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }
    }
}
