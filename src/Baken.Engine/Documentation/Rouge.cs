using System.Buffers;
using System.Runtime.InteropServices;

namespace Baken.Engine.Documentation;

/// <summary>ROUGE F-measures of one generated note against its reference note, each in [0, 1].</summary>
/// <param name="Rouge1">Clipped unigram overlap.</param>
/// <param name="Rouge2">Clipped bigram overlap.</param>
/// <param name="RougeL">Longest common subsequence of the whole texts.</param>
/// <param name="RougeLsum">Summary-level LCS: union LCS per reference line against all generated lines.</param>
public readonly record struct RougeScores(double Rouge1, double Rouge2, double RougeL, double RougeLsum);

/// <summary>
/// ROUGE as rouge-score 0.1.2 computes it without stemming (the ACI-Bench paper's figures): tokens are
/// the runs of [a-z0-9] after lower-casing; F = 2PR / (P + R). ROUGE-Lsum splits both texts into lines
/// on '\n' (empty lines dropped) and, per reference line, takes the union of its LCS positions with
/// every generated line, with the same backtracking (ties go up, not left) so the union is the same.
/// </summary>
public static class Rouge
{
    /// <summary>Scores <paramref name="prediction"/> against <paramref name="reference"/>.</summary>
    public static RougeScores Score(string reference, string prediction)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(prediction);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var refLines = Lines(reference, ids);
        var predLines = Lines(prediction, ids);
        var r = Concat(refLines);
        var p = Concat(predLines);
        return new RougeScores(
            NGram1(r, p, ids.Count),
            NGram2(r, p),
            Lcs.FMeasure(Lcs.Length(r, p), r.Length, p.Length),
            Lcs.Summary(refLines, predLines, ids.Count));
    }

    /// <summary>The tokens rouge-score's default tokenizer produces.</summary>
    public static List<string> Tokens(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>();
        Span<char> token = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                token[length++] = c;
            }
            else if (length > 0)
            {
                tokens.Add(new string(token[..length]));
                length = 0;
            }
        }

        return tokens;
    }

    private static List<int[]> Lines(string text, Dictionary<string, int> ids)
    {
        var lines = new List<int[]>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var tokens = Tokens(line);
            var symbols = new int[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, tokens[i], out var exists);
                if (!exists)
                {
                    id = ids.Count - 1;
                }

                symbols[i] = id;
            }

            lines.Add(symbols);
        }

        return lines;
    }

    // Tokenising line by line gives the same tokens as the whole text: '\n' is a separator either way.
    private static int[] Concat(List<int[]> lines)
    {
        var all = new int[lines.Sum(l => l.Length)];
        var at = 0;
        foreach (var line in lines)
        {
            line.CopyTo(all, at);
            at += line.Length;
        }

        return all;
    }

    private static double NGram1(int[] reference, int[] prediction, int alphabetSize)
    {
        if (reference.Length == 0 || prediction.Length == 0)
        {
            return 0;
        }

        var counts = ArrayPool<int>.Shared.Rent(alphabetSize);
        try
        {
            var c = counts.AsSpan(0, alphabetSize);
            c.Clear();
            foreach (var t in reference)
            {
                c[t]++;
            }

            var overlap = 0;
            foreach (var t in prediction)
            {
                if (c[t] > 0)
                {
                    c[t]--;
                    overlap++;
                }
            }

            return Lcs.FMeasure(overlap, reference.Length, prediction.Length);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static double NGram2(int[] reference, int[] prediction)
    {
        if (reference.Length < 2 || prediction.Length < 2)
        {
            return 0;
        }

        var counts = new Dictionary<long, int>(reference.Length);
        for (var i = 1; i < reference.Length; i++)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, Bigram(reference, i), out _)++;
        }

        var overlap = 0;
        for (var i = 1; i < prediction.Length; i++)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, Bigram(prediction, i));
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref count) && count > 0)
            {
                count--;
                overlap++;
            }
        }

        return Lcs.FMeasure(overlap, reference.Length - 1, prediction.Length - 1);
    }

    private static long Bigram(int[] tokens, int i) => ((long)tokens[i - 1] << 32) | (uint)tokens[i];
}
