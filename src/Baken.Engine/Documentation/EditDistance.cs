using System.Buffers;
using System.Runtime.CompilerServices;
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
        // The column loop indexes the match table without bounds checks, so every symbol is checked here once.
        if (a.ContainsAnyExceptInRange(0, alphabetSize - 1) || b.ContainsAnyExceptInRange(0, alphabetSize - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alphabetSize), alphabetSize, "Every symbol must be in [0, alphabetSize).");
        }

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

        // Below the pattern's last row the last block holds padding; its carry-out is read at row m.
        var lastShift = (patternLength - 1) % WordBits;
        ref var pv0 = ref MemoryMarshal.GetReference(pvs);
        ref var mv0 = ref MemoryMarshal.GetReference(mvs);
        ref var peq0 = ref MemoryMarshal.GetReference(peq);
        foreach (var symbol in text)
        {
            ref var eq0 = ref Unsafe.Add(ref peq0, symbol * blocks);

            // The top row of the table is 0, 1, 2, ...: every column starts with a +1 carried in.
            var hin = 1;
            for (var k = 0; k < last; k++)
            {
                hin = Step(ref Unsafe.Add(ref pv0, k), ref Unsafe.Add(ref mv0, k), Unsafe.Add(ref eq0, k), hin, WordBits - 1);
            }

            score += Step(ref Unsafe.Add(ref pv0, last), ref Unsafe.Add(ref mv0, last), Unsafe.Add(ref eq0, last), hin, lastShift);
        }

        return score;
    }

    // One 64-row block of one column (Hyyrö 2003): the new vertical deltas, and the horizontal delta
    // (-1, 0 or +1) at row <paramref name="outShift"/> carried into the next block. Branch-free.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref ulong pvRef, ref ulong mvRef, ulong eq, int hin, int outShift)
    {
        var pv = pvRef;
        var mv = mvRef;
        var negative = (ulong)((uint)hin >> 31);
        var positive = (ulong)((uint)-hin >> 31);
        var xv = eq | mv;
        eq |= negative;
        var xh = (((eq & pv) + pv) ^ pv) | eq;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        var hout = (int)((ph >> outShift) & 1) - (int)((mh >> outShift) & 1);
        ph = (ph << 1) | positive;
        mh = (mh << 1) | negative;
        pvRef = mh | ~(xv | ph);
        mvRef = ph & xv;
        return hout;
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
