using System.Globalization;
using Baken.Engine.Readers;

namespace Baken.Engine.Tests.Readers;

// The fast score parser must accept, reject and round exactly like double.TryParse (invariant,
// NumberStyles.Float), which defined the reader's behaviour before it.
public sealed class NumberParsingTests
{
    [Theory]
    [InlineData("0.7354921998226006")]
    [InlineData("0.1")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("1e-3")]
    [InlineData("2.5E-05")]
    [InlineData("+0.5")]
    [InlineData("-0.0")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData(" 0.5")]
    [InlineData("0.5 ")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("inf")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("1e")]
    [InlineData("1e400")]
    [InlineData("4.9406564584124654E-324")]
    [InlineData("0.30000000000000004441")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    [InlineData("abc")]
    [InlineData("")]
    public void TryParseNumber_AgreesWithTheFrameworkParser(string text)
    {
        var expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

        var ok = PredictionSetBuilder.TryParseNumber(text, out var value);

        Assert.Equal(expectedOk, ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void TryParseNumber_RoundTripsRandomDoubles()
    {
        var random = new Random(11);
        for (var i = 0; i < 100_000; i++)
        {
            var x = random.NextDouble() * Math.Pow(10, random.Next(-20, 3));
            foreach (var format in new[] { "R", "G6", "F4", "E10" })
            {
                var text = x.ToString(format, CultureInfo.InvariantCulture);
                Assert.True(PredictionSetBuilder.TryParseNumber(text, out var value));
                Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
            }
        }
    }
}
