using System.Text;

namespace Baken.Engine.Metrics;

// xoshiro256** seeded through SplitMix64. Written out (rather than System.Random) so that a
// seed means the same draws on every .NET version and can be reproduced in another language;
// each replicate gets its own generator, derived from (seed, metric set, replicate), which is
// what makes the result independent of how replicates are spread over threads.
internal struct BootstrapRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public BootstrapRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    // The generator for one replicate of one metric set.
    public static BootstrapRandom ForReplicate(ulong stream, int replicate)
    {
        var state = stream ^ (0x9E3779B97F4A7C15UL * (ulong)(replicate + 1));
        return new BootstrapRandom(SplitMix(ref state));
    }

    // The stream of a metric set: the run's seed mixed with a stable (FNV-1a) hash of its scope,
    // e.g. "" for all rows or "sex\u001fF" for a subgroup, so every subgroup draws independently.
    public static ulong Stream(long seed, string scope)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(scope))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        var state = (ulong)seed ^ hash;
        return SplitMix(ref state);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    // Uniform integer in [0, bound) without modulo bias (Lemire's multiply-and-reject).
    public uint NextBelow(uint bound)
    {
        var product = (NextUInt64() >> 32) * bound;
        var low = (uint)product;
        if (low < bound)
        {
            var threshold = (0u - bound) % bound;
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * bound;
                low = (uint)product;
            }
        }

        return (uint)(product >> 32);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
