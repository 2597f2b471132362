using Baken.Engine.Readers;

namespace Baken.Engine.Planning;

/// <summary>
/// Numbers of the planning formats. Nearly all are plain decimals ("39.20459", "16.0"); for those with
/// at most 15 digits the value is the digits as an integer divided by a power of ten, both exact in a
/// double, so the one division is correctly rounded and equals what double.Parse returns (Clinger's
/// fast path). Anything else (exponents, longer numbers) goes to the engine's general number parser.
/// </summary>
internal static class DecimalText
{
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var (mantissa, digits, fraction, point) = (0L, 0, 0, false);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !point)
            {
                point = true;
            }
            else if (char.IsAsciiDigit(c) && digits < 15)
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                fraction += point ? 1 : 0;
            }
            else
            {
                return PredictionSetBuilder.TryParseNumber(text, out value);
            }
        }

        if (digits == 0)
        {
            return PredictionSetBuilder.TryParseNumber(text, out value);
        }

        value = mantissa / PowersOfTen[fraction];
        value = text[0] == '-' ? -value : value;
        return true;
    }
}
