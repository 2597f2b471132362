using System.Globalization;
using Baken.Engine.Planning;

namespace Baken.Engine.Tests.Planning;

/// The planning readers' fast decimal path must give exactly what double.Parse gives.
public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("0.0")]
    [InlineData("39.20459")]
    [InlineData("-0.5")]
    [InlineData("173.20827500000001")]
    [InlineData("1e-5")]
    [InlineData(".5")]
    [InlineData("600")]
    [InlineData("123456789012345678")]
    public void TryParse_Number_EqualsDoubleParse(string text)
    {
        Assert.True(DecimalText.TryParse(text, out var value));
        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParse_RandomDecimals_EqualDoubleParseBitForBit()
    {
        var random = new Random(11);
        for (var k = 0; k < 100_000; k++)
        {
            var text = (random.NextDouble() * Math.Pow(10, random.Next(0, 6))).ToString("F" + random.Next(0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.True(DecimalText.TryParse(text, out var value));
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    public void TryParse_NotANumber_Fails(string text) => Assert.False(DecimalText.TryParse(text, out _));
}
