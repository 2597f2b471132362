using System.CommandLine.Parsing;
using System.Globalization;
using Baken.Engine.Metrics;

namespace Baken.Cli.Agent;

/// <summary>
/// Numbers in and out of the validation commands, always in the invariant culture: a Dutch
/// workstation must neither read "0.5" as five nor print "0,9948" into a shared report.
/// </summary>
internal static class Numbers
{
    public const string Undefined = "–";

    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = " " };

    public static string Format(double? value, int decimals = 4) =>
        value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Undefined;

    // Counts are grouped by a space (ISO 80000): "100,000" reads as one hundred to a Dutch eye, "100.000" as such to an English one.
    public static string Format(long value) => value.ToString("N0", Grouped);

    public static string Interval(ConfidenceInterval? interval) =>
        interval is { } ci ? $"[{Format(ci.Lower)}, {Format(ci.Upper)}]" : Undefined;

    public static string WithInterval(double? value, ConfidenceInterval? interval) =>
        interval is null ? Format(value) : $"{Format(value)} {Interval(interval)}";

    /// <summary>Shortest round-trip text, for thresholds and criteria bounds the user typed.</summary>
    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parser for repeatable numeric options; System.CommandLine would use the current culture.</summary>
    public static double[] ParseAll(ArgumentResult result)
    {
        var values = new List<double>();
        foreach (var token in result.Tokens)
        {
            if (double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
            else
            {
                result.AddError($"'{token.Value}' is not a number; write decimals with a point, e.g. 0.5.");
            }
        }

        return [.. values];
    }
}
