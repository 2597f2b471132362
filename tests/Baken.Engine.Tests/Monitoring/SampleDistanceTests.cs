using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The reference-chunk path (binary search and running integrals, for chunks far smaller than the
/// reference) against the plain walk over both samples that scipy's formulas describe.
public sealed class SampleDistanceTests
{
    [Theory]
    [InlineData(20_000, 150, false)]
    [InlineData(20_000, 150, true)]
    [InlineData(50_000, 400, true)]
    public void To_SmallChunk_EqualsTheWalkOverBothSamples(int referenceSize, int chunkSize, bool integers)
    {
        static double Frac(double v) => v - Math.Floor(v);
        double Value(double u) => integers ? Math.Floor(u * 60) : u * u;
        var reference = NumericSample.From([.. Enumerable.Range(1, referenceSize).Select(i => Value(Frac(i * 0.6180339887498949)))]);
        var distance = new ReferenceDistance(reference);

        for (var chunk = 0; chunk < 5; chunk++)
        {
            var sample = NumericSample.From([.. Enumerable.Range(1, chunkSize).Select(j => Value((Frac(j * 0.41421356237309503 + chunk * 0.1) * 0.8) + 0.15))]);

            var (d, w1) = distance.To(sample.Sorted);
            var (walkD, walkW1) = SampleDistance.Between(reference.Sorted, sample.Sorted);

            Assert.Equal(walkD, d);
            Assert.Equal(walkW1, w1, walkW1 * 1e-11);
        }
    }

    [Fact]
    public void Between_ShiftedCopy_IsTheShift()
    {
        var r = Enumerable.Range(0, 1000).Select(i => i / 10.0).ToArray();
        var c = r.Select(v => v + 2.0).ToArray();

        var (d, w1) = SampleDistance.Between(r, c);

        Assert.Equal(0.02, d, 12);
        Assert.Equal(2.0, w1, 9);
    }
}
