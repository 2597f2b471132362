namespace Baken.Demo;

/// <summary>
/// A seeded random source. Every id and choice in the demo register comes from here, so the
/// same options always produce the same register.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>
    /// An independent stream for one part of the register, so that for example asking for more
    /// products does not reshuffle the organisations.
    /// </summary>
    public static DemoRandom Stream(int seed, int stream) => new(unchecked((seed * 7919) + stream));

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);

        // Mark the bytes as an RFC 9562 version-4 Guid so tools that inspect the version are not confused.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double NextDouble() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Value, double Weight)> options)
    {
        var total = 0.0;
        foreach (var option in options)
        {
            total += option.Weight;
        }

        var roll = _random.NextDouble() * total;
        foreach (var option in options)
        {
            roll -= option.Weight;
            if (roll < 0)
            {
                return option.Value;
            }
        }

        return options[^1].Value;
    }

    /// <summary>An index drawn from precomputed cumulative weights; a binary search keeps large registers fast.</summary>
    public int WeightedIndex(double[] cumulative)
    {
        var roll = _random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, roll);
        return index >= 0 ? Math.Min(index + 1, cumulative.Length - 1) : ~index;
    }

    /// <summary>Up to <paramref name="count"/> distinct items, in the list's own order.</summary>
    public List<T> Some<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new SortedSet<int>();
        count = Math.Min(count, items.Count);
        while (chosen.Count < count)
        {
            chosen.Add(_random.Next(items.Count));
        }

        return [.. chosen.Select(i => items[i])];
    }
}
