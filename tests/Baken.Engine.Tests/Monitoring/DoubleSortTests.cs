using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The three sorting paths (whole numbers by counting, few distinct values by hashing, the radix
/// sort) against Array.Sort, and the argsort's stability.
public sealed class DoubleSortTests
{
    [Theory]
    [InlineData("integers")]
    [InlineData("rounded")]
    [InlineData("continuous")]
    [InlineData("wide integers")]
    public void Sort_AnyData_EqualsArraySort(string kind)
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 50_000).Select(_ => kind switch
        {
            "integers" => Math.Round(random.NextDouble() * 90) - 5,
            "rounded" => Math.Round((random.NextDouble() * 8) - 4, 3),
            "wide integers" => Math.Round(random.NextDouble() * 1e9) - 5e8,
            _ => (random.NextDouble() - 0.5) * Math.Exp(random.NextDouble() * 20),
        }).ToArray();
        values[10] = -0.0;
        var expected = values.ToArray();
        Array.Sort(expected);

        DoubleSort.Sort(values, values.Length);

        Assert.Equal(expected, values);
    }

    [Fact]
    public void Order_TiedValues_KeepsRowOrder()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();

        var order = DoubleSort.Order(values);

        var expected = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ThenBy(i => i);
        Assert.Equal(expected, order);
    }
}
