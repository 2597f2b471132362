using System.Buffers;

namespace Baken.Engine.Documentation;

// Longest common subsequence for ROUGE-L and ROUGE-Lsum over token ids.
internal static class Lcs
{
    private const byte Diagonal = 0;
    private const byte Left = 1;
    private const byte Up = 2;

    /// <summary>Largest line-pair table ROUGE-Lsum builds (bytes); two lines of 30,000 characters stay well below it.</summary>
    public const long MaxCells = 1L << 30;

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
        var cells = (long)(maxRef + 1) * (maxPred + 1);
        if (cells > MaxCells)
        {
            throw new ArgumentException(
                $"ROUGE-Lsum would need a {maxRef + 1} x {maxPred + 1} table for one pair of lines; texts with such lines must be refused before scoring.");
        }

        var steps = ArrayPool<byte>.Shared.Rent((int)cells);
        var rows = ArrayPool<int>.Shared.Rent(2 * (maxPred + 1));
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
                    MarkLcs(r, c, steps, rows, inUnion);
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
            ArrayPool<byte>.Shared.Return(steps);
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<bool>.Shared.Return(union);
        }
    }

    // Walks the LCS table back as rouge-score's _backtrack_norec does and marks the reference positions
    // on the path. Only the step taken from each cell is stored (a byte, not the int length): the
    // lengths need two rows, and the walk needs only the steps, decided by the same comparisons.
    private static void MarkLcs(int[] r, int[] c, byte[] steps, int[] rows, Span<bool> inUnion)
    {
        if (r.Length == 0 || c.Length == 0)
        {
            return;
        }

        var width = c.Length + 1;
        var above = rows.AsSpan(0, width);
        var current = rows.AsSpan(width, width);
        above.Clear();
        current[0] = 0;
        for (var i = 1; i <= r.Length; i++)
        {
            var x = r[i - 1];
            var row = i * width;
            for (var j = 1; j <= c.Length; j++)
            {
                if (x == c[j - 1])
                {
                    current[j] = above[j - 1] + 1;
                    steps[row + j] = Diagonal;
                }
                else if (current[j - 1] > above[j])
                {
                    current[j] = current[j - 1];
                    steps[row + j] = Left;
                }
                else
                {
                    current[j] = above[j];
                    steps[row + j] = Up;
                }
            }

            var swap = above;
            above = current;
            current = swap;
        }

        var (a, b) = (r.Length, c.Length);
        while (a > 0 && b > 0)
        {
            switch (steps[(a * width) + b])
            {
                case Diagonal:
                    inUnion[a - 1] = true;
                    a--;
                    b--;
                    break;
                case Left:
                    b--;
                    break;
                default:
                    a--;
                    break;
            }
        }
    }
}
