using System.Globalization;
using System.Text.Json;

namespace Baken.Engine.Tests.Metrics;

/// Compares a computed JSON document with a golden one: same keys (no missing, no extra), same
/// array lengths, integers exact, floating-point within the README's relative tolerance (absolute
/// where the golden value is exactly zero).
internal static class JsonComparison
{
    private const double Relative = 1e-9;
    private const double FittedRelative = 1e-6;
    private const double AbsoluteAtZero = 1e-12;
    private static readonly HashSet<string> Fitted = ["calibrationIntercept", "calibrationSlope"];

    public static List<string> Differences(JsonElement expected, JsonElement actual, string path)
    {
        var failures = new List<string>();
        Compare(expected, actual, path, "", failures);
        return failures;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, string key, List<string> failures)
    {
        if (expected.ValueKind != actual.ValueKind && !(IsNumber(expected) && IsNumber(actual)))
        {
            failures.Add($"{path}: expected {expected.ValueKind} {expected}, got {actual.ValueKind} {actual}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToHashSet();
                foreach (var property in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, $"{path}.{property.Name}", property.Name, failures);
                    }
                    else
                    {
                        failures.Add($"{path}.{property.Name}: missing");
                    }

                    actualKeys.Remove(property.Name);
                }

                failures.AddRange(actualKeys.Select(extra => $"{path}.{extra}: not in the golden file"));
                break;
            case JsonValueKind.Array:
                var e = expected.EnumerateArray().ToList();
                var a = actual.EnumerateArray().ToList();
                if (e.Count != a.Count)
                {
                    failures.Add($"{path}: expected {e.Count} elements, got {a.Count}");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", key, failures);
                }

                break;
            case JsonValueKind.Number:
                CompareNumbers(expected, actual, path, key, failures);
                break;
            default:
                if (expected.GetRawText() != actual.GetRawText())
                {
                    failures.Add($"{path}: expected {expected}, got {actual}");
                }

                break;
        }
    }

    private static void CompareNumbers(JsonElement expected, JsonElement actual, string path, string key, List<string> failures)
    {
        if (expected.TryGetInt64(out var expectedInteger) && !expected.GetRawText().Contains('.', StringComparison.Ordinal))
        {
            if (!actual.TryGetInt64(out var actualInteger) || actualInteger != expectedInteger)
            {
                failures.Add($"{path}: expected integer {expectedInteger}, got {actual}");
            }

            return;
        }

        var x = expected.GetDouble();
        var y = actual.GetDouble();
        var tolerance = x == 0 ? AbsoluteAtZero : (Fitted.Contains(key) ? FittedRelative : Relative) * Math.Abs(x);
        if (!(Math.Abs(x - y) <= tolerance))
        {
            var relative = x == 0 ? double.NaN : Math.Abs(x - y) / Math.Abs(x);
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: expected {x:R}, got {y:R} (relative error {relative:E2})"));
        }
    }

    private static bool IsNumber(JsonElement element) => element.ValueKind == JsonValueKind.Number;
}
