using System.Collections.Concurrent;

namespace Baken.Engine.Metrics;

// The large buffers of one validation run, allocated once at the size of all rows and reused for
// every metric set (all rows first, then each subgroup value, each smaller). Allocating them per
// subgroup produced hundreds of megabytes of garbage at ten million rows, and the GC let the
// process grow to twice its live data before collecting it.
internal sealed class Workspace(int capacity)
{
    private readonly ConcurrentBag<byte[]> _counts = [];
    private double[]? _logits;
    private int[]? _grouped;

    public double[] Scores { get; } = new double[capacity];

    public byte[] Labels { get; } = new byte[capacity];

    public double[] Logits => _logits ??= new double[capacity];

    public int[] Grouped => _grouped ??= new int[capacity];

    // Per-thread bootstrap counts, a byte per row (see Bootstrap.DrawCounts); returned after each
    // metric set's replicates.
    public byte[] RentCounts() => _counts.TryTake(out var counts) ? counts : new byte[capacity];

    public void ReturnCounts(byte[] counts) => _counts.Add(counts);
}
