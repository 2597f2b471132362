using System.Buffers;
using System.Runtime.InteropServices;

namespace Baken.Engine.Documentation;

/// <summary>
/// Levenshtein distance (substitutions + deletions + insertions, each costing 1) by Myers' bit-vector
/// algorithm in Hyyrö's block formulation: 64 cells of a column per machine word, so a pair of
/// 10,000-word transcripts costs about 1.6 million word operations instead of 100 million table cells.
/// Words are first mapped to small integers, so words and characters share one implementation.
/// The only allocations are pooled buffers, taken once per call.
/// </summary>
public static class EditDistance
{
    private const int WordBits = 64;
    private const ulong HighBit = 1UL << 63;

    /// <summary>Edit distance between two word sequences (exact, ordinal comparison).</summary>
    public static int Words(IReadOnlyList<string> reference, IReadOnlyList<string> hypothesis)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var a = ArrayPool<int>.Shared.Rent(Math.Max(reference.Count, 1));
        var b = ArrayPool<int>.Shared.Rent(Math.Max(hypothesis.Count, 1));
        try
        {
            for (var i = 0; i < reference.Count; i++)
            {
                a[i] = Id(ids, reference[i]);
            }

            for (var i = 0; i < hypothesis.Count; i++)
            {
                b[i] = Id(ids, hypothesis[i]);
            }

            return Symbols(a.AsSpan(0, reference.Count), b.AsSpan(0, hypothesis.Count), ids.Count);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(a);
            ArrayPool<int>.Shared.Return(b);
        }
    }

    /// <summary>Edit distance between two strings, per UTF-16 code unit.</summary>
    public static int Chars(ReadOnlySpan<char> reference, ReadOnlySpan<char> hypothesis)
    {
        var ids = new Dictionary<char, int>();
        var a = ArrayPool<int>.Shared.Rent(Math.Max(reference.Length, 1));
        var b = ArrayPool<int>.Shared.Rent(Math.Max(hypothesis.Length, 1));
        try
        {
            for (var i = 0; i < reference.Length; i++)
            {
                a[i] = Id(ids, reference[i]);
            }

            for (var i = 0; i < hypothesis.Length; i++)
            {
                b[i] = Id(ids, hypothesis[i]);
            }

            return Symbols(a.AsSpan(0, reference.Length), b.AsSpan(0, hypothesis.Length), ids.Count);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(a);
            ArrayPool<int>.Shared.Return(b);
        }
    }

    /// <summary>Edit distance between two sequences of symbols in [0, <paramref name="alphabetSize"/>).</summary>
    public static int Symbols(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int alphabetSize)
    {
        // The distance is symmetric; the shorter sequence as the pattern means fewer blocks per column.
        if (a.Length > b.Length)
        {
            var shorter = b;
            b = a;
            a = shorter;
        }

        if (a.IsEmpty)
        {
            return b.Length;
        }

        var blocks = (a.Length + WordBits - 1) / WordBits;
        var peqLength = alphabetSize * blocks;
        var peq = ArrayPool<ulong>.Shared.Rent(peqLength + (2 * blocks));
        try
        {
            var table = peq.AsSpan(0, peqLength);
            table.Clear();
            for (var i = 0; i < a.Length; i++)
            {
                table[(a[i] * blocks) + (i / WordBits)] |= 1UL << (i % WordBits);
            }

            var pv = peq.AsSpan(peqLength, blocks);
            var mv = peq.AsSpan(peqLength + blocks, blocks);
            pv.Fill(ulong.MaxValue);
            mv.Clear();
            return Columns(table, pv, mv, b, blocks, a.Length);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(peq);
        }
    }

    private static int Columns(ReadOnlySpan<ulong> peq, Span<ulong> pvs, Span<ulong> mvs, ReadOnlySpan<int> text, int blocks, int patternLength)
    {
        // The score is the bottom cell of the column, D[m][j]; it starts at m (column 0 is 0..m).
        var score = patternLength;
        var last = blocks - 1;
        var lastBit = 1UL << ((patternLength - 1) % WordBits);
        foreach (var symbol in text)
        {
            var eqRow = peq.Slice(symbol * blocks, blocks);

            // The top row of the table is 0, 1, 2, ...: every column starts with a +1 carried in.
            var hin = 1;
            for (var k = 0; k < blocks; k++)
            {
                var pv = pvs[k];
                var mv = mvs[k];
                var eq = eqRow[k];
                var xv = eq | mv;
                var negative = hin < 0 ? 1UL : 0UL;
                eq |= negative;
                var xh = (((eq & pv) + pv) ^ pv) | eq;
                var ph = mv | ~(xh | pv);
                var mh = pv & xh;

                // Below the pattern's last row the last block holds padding; its carry-out is read at row m.
                var outBit = k == last ? lastBit : HighBit;
                var hout = (ph & outBit) != 0 ? 1 : (mh & outBit) != 0 ? -1 : 0;
                ph = (ph << 1) | (hin > 0 ? 1UL : 0UL);
                mh = (mh << 1) | negative;
                pvs[k] = mh | ~(xv | ph);
                mvs[k] = ph & xv;
                hin = hout;
            }

            score += hin;
        }

        return score;
    }

    private static int Id<T>(Dictionary<T, int> ids, T symbol)
        where T : notnull
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, symbol, out var exists);
        if (!exists)
        {
            id = ids.Count - 1;
        }

        return id;
    }
}
