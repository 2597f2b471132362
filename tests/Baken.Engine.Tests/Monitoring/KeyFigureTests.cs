using System.Globalization;
using System.Text.Json;
using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The engine's result objects (not the JSON) against the golden values, one statistic family at
/// a time, so that a failure names the column, test and figure. compare.py checks every value of
/// the written JSON; these check what the API returns.
public sealed class KeyFigureTests
{
    private const double PValueRelative = 1e-6;
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;
    private static readonly HashSet<string> PValueTests = ["ks", "chisquare", "z"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var sources = MonitoringFiles.Periods.Select(p => ("public", p))
            .Concat(GeneratedCaseTests.Cases().Select(row => ((string)row.Data.Item1, (string)row.Data.Item2)));
        foreach (var (source, period) in sources)
        {
            foreach (var group in new[] { "evidently", "nannyml", "cbpe", "performance", "alerts" })
            {
                data.Add(source, period, group);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_Period_MatchesGoldenKeyFigures(string source, string period, string group)
    {
        var (result, golden) = source == "public"
            ? (GoldenPeriodTests.Run(period).Result, MonitoringFiles.Golden(period))
            : (GeneratedCaseTests.Result(source, period), GeneratedCaseTests.Golden(source, period));
        using var document = JsonDocument.Parse(File.ReadAllBytes(golden));
        var g = document.RootElement;
        var failures = new List<string>();

        Assert.Equal(g.GetProperty("n").GetInt32(), result.N);
        Assert.Equal(g.GetProperty("labelledRows").GetInt32(), result.LabelledRows);
        Assert.Equal(g.GetProperty("insufficientData").GetBoolean(), result.InsufficientData);
        switch (group)
        {
            case "evidently":
                Evidently(g.GetProperty("drift"), result.Drift, failures);
                break;
            case "nannyml":
                NannyMl(g.GetProperty("drift"), result.Drift, failures);
                break;
            case "cbpe":
                Cbpe(g.GetProperty("cbpe"), result.Cbpe, failures);
                break;
            case "performance":
                Performance(g, result, failures);
                break;
            default:
                Alerts(g.GetProperty("alerts"), result.Alerts, failures);
                break;
        }

        Assert.True(failures.Count == 0, $"{source}/{period} {group}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    private static void Evidently(JsonElement drift, DriftResult? actual, List<string> failures)
    {
        if (IsNull(drift, actual, "drift", failures) || actual is null)
        {
            return;
        }

        foreach (var column in drift.GetProperty("columns").EnumerateObject())
        {
            var c = actual.Columns.Single(x => x.Column == column.Name);
            var path = $"drift.{column.Name}";
            Same(column.Value.GetProperty("missing").GetInt64(), c.Missing, $"{path}.missing", failures);
            var e = column.Value.GetProperty("evidently");
            if (IsNull(e, c.Evidently, $"{path}.evidently", failures) || c.Evidently is not { } ev)
            {
                continue;
            }

            var defaultTest = e.GetProperty("defaultTest").GetString()!;
            Same(defaultTest, ev.DefaultTest, $"{path}.defaultTest", failures);
            Close(e.GetProperty("driftScore"), ev.DriftScore, PValueTests.Contains(defaultTest), $"{path}.driftScore ({defaultTest})", failures);
            Same(e.GetProperty("driftDetected").GetBoolean(), ev.DriftDetected, $"{path}.driftDetected", failures);
            Same(e.GetProperty("bins").GetProperty("kind").GetString(), ev.Bins.Kind, $"{path}.bins.kind", failures);
            foreach (var test in e.GetProperty("tests").EnumerateObject())
            {
                var t = ev.Tests.SingleOrDefault(x => x.Name == test.Name);
                if (t is null)
                {
                    failures.Add($"{path}.tests.{test.Name}: missing");
                    continue;
                }

                Close(test.Value.GetProperty("value"), t.Value, PValueTests.Contains(test.Name), $"{path}.tests.{test.Name}.value", failures);
                Same(test.Value.GetProperty("driftDetected").GetBoolean(), t.DriftDetected, $"{path}.tests.{test.Name}.driftDetected", failures);
            }

            Same(e.GetProperty("tests").EnumerateObject().Count(), ev.Tests.Count, $"{path}.tests (count)", failures);
        }

        Same(drift.GetProperty("numberOfDriftedColumns").GetInt32(), actual.NumberOfDriftedColumns, "drift.numberOfDriftedColumns", failures);
        Same(drift.GetProperty("datasetDrift").GetBoolean(), actual.DatasetDrift, "drift.datasetDrift", failures);
    }

    private static void NannyMl(JsonElement drift, DriftResult? actual, List<string> failures)
    {
        if (IsNull(drift, actual, "drift", failures) || actual is null)
        {
            return;
        }

        foreach (var column in drift.GetProperty("columns").EnumerateObject())
        {
            var c = actual.Columns.Single(x => x.Column == column.Name);
            var path = $"drift.{column.Name}.nannyml";
            var n = column.Value.GetProperty("nannyml");
            if (IsNull(n, c.NannyMl, path, failures) || c.NannyMl is not { } nm)
            {
                continue;
            }

            Same(n.GetProperty("referenceChunks").GetInt32(), nm.ReferenceChunks, $"{path}.referenceChunks", failures);
            if (n.TryGetProperty("binEdges", out var edges))
            {
                Same(edges.GetArrayLength(), nm.BinEdges?.Count, $"{path}.binEdges (count)", failures);
                Close(edges[0], nm.BinEdges?[0], false, $"{path}.binEdges[0]", failures);
                Close(edges[edges.GetArrayLength() - 1], nm.BinEdges?[^1], false, $"{path}.binEdges[last]", failures);
            }
            else
            {
                Same(string.Join(",", n.GetProperty("categories").EnumerateArray().Select(v => v.GetString())), string.Join(",", nm.Categories ?? []), $"{path}.categories", failures);
            }

            foreach (var method in nm.Methods)
            {
                var m = n.GetProperty(method.Name);
                Close(m.GetProperty("value"), method.Value, false, $"{path}.{method.Name}.value", failures);
                Close(m.GetProperty("upperThreshold"), method.UpperThreshold, false, $"{path}.{method.Name}.upperThreshold", failures);
                Same(m.GetProperty("alert").GetBoolean(), method.Alert, $"{path}.{method.Name}.alert", failures);
            }

            if (n.TryGetProperty("chi2", out var chi2))
            {
                Close(chi2.GetProperty("value"), nm.ChiSquare?.Value, false, $"{path}.chi2.value", failures);
                Close(chi2.GetProperty("pValue"), nm.ChiSquare?.PValue, true, $"{path}.chi2.pValue", failures);
            }
        }
    }

    private static void Cbpe(JsonElement cbpe, CbpeResult? actual, List<string> failures)
    {
        if (IsNull(cbpe, actual, "cbpe", failures) || actual is null)
        {
            return;
        }

        var matrix = cbpe.GetProperty("expectedConfusionMatrix");
        Close(matrix.GetProperty("tp"), actual.Tp, false, "cbpe.expectedConfusionMatrix.tp", failures);
        Close(matrix.GetProperty("fp"), actual.Fp, false, "cbpe.expectedConfusionMatrix.fp", failures);
        Close(matrix.GetProperty("fn"), actual.Fn, false, "cbpe.expectedConfusionMatrix.fn", failures);
        Close(matrix.GetProperty("tn"), actual.Tn, false, "cbpe.expectedConfusionMatrix.tn", failures);
        Same(cbpe.GetProperty("referenceChunks").GetInt32(), actual.ReferenceChunks, "cbpe.referenceChunks", failures);
        foreach (var m in actual.Metrics)
        {
            var e = cbpe.GetProperty(m.Name);
            Close(e.GetProperty("estimated"), m.Estimated, false, $"cbpe.{m.Name}.estimated", failures);
            Close(e.GetProperty("samplingError"), m.SamplingError, false, $"cbpe.{m.Name}.samplingError", failures);
            Close(e.GetProperty("lowerThreshold"), m.LowerThreshold, false, $"cbpe.{m.Name}.lowerThreshold", failures);
            Close(e.GetProperty("upperThreshold"), m.UpperThreshold, false, $"cbpe.{m.Name}.upperThreshold", failures);
            Same(e.GetProperty("alert").GetBoolean(), m.Alert, $"cbpe.{m.Name}.alert", failures);
        }
    }

    private static void Performance(JsonElement golden, MonitoringResult actual, List<string> failures)
    {
        var performance = golden.GetProperty("performance");
        if (performance.ValueKind == JsonValueKind.Null || actual.Performance is null)
        {
            Same(performance.ValueKind == JsonValueKind.Null, actual.Performance is null, "performance is null", failures);
        }
        else if (performance.TryGetProperty("suppressed", out _) || actual.Performance.Suppressed)
        {
            Same(performance.TryGetProperty("suppressed", out _), actual.Performance.Suppressed, "performance.suppressed", failures);
        }
        else
        {
            var m = actual.Performance.Metrics!;
            Close(performance.GetProperty("auroc"), m.Auroc, false, "performance.auroc", failures);
            Close(performance.GetProperty("brier"), m.Brier, false, "performance.brier", failures);
            Close(performance.GetProperty("observedExpectedRatio"), m.ObservedExpectedRatio, false, "performance.observedExpectedRatio", failures);
            var t = performance.GetProperty("thresholds")[0];
            Close(t.GetProperty("sensitivity"), m.Thresholds[0].Sensitivity, false, "performance.thresholds[0].sensitivity", failures);
            Close(t.GetProperty("specificity"), m.Thresholds[0].Specificity, false, "performance.thresholds[0].specificity", failures);
        }

        foreach (var column in golden.GetProperty("subgroups").EnumerateObject())
        {
            var values = actual.Subgroups.Single(s => s.Column == column.Name).Values;
            var expected = column.Value.EnumerateObject().Select(v => v.Name + (v.Value.TryGetProperty("suppressed", out _) ? " (suppressed)" : ""));
            Same(string.Join(", ", expected), string.Join(", ", values.Select(v => v.Value + (v.Suppressed ? " (suppressed)" : ""))), $"subgroups.{column.Name}", failures);
            foreach (var value in column.Value.EnumerateObject().Where(v => !v.Value.TryGetProperty("suppressed", out _)))
            {
                var metrics = values.Single(v => v.Value == value.Name).Metrics!;
                Close(value.Value.GetProperty("auroc"), metrics.Auroc, false, $"subgroups.{column.Name}.{value.Name}.auroc", failures);
            }
        }
    }

    private static void Alerts(JsonElement golden, IReadOnlyList<MonitoringAlert> actual, List<string> failures)
    {
        static string Describe(string? rule, string? column, string? metric, string? test) => $"{rule}:{column ?? metric}:{test}";
        var expected = golden.EnumerateArray().Select(a => Describe(Text(a, "rule"), Text(a, "column"), Text(a, "metric"), Text(a, "test"))).ToList();
        Same(string.Join(" | ", expected), string.Join(" | ", actual.Select(a => Describe(a.Rule, a.Column, a.Metric, a.Test))), "alerts", failures);
        foreach (var (a, i) in golden.EnumerateArray().Select((a, i) => (a, i)).Where(x => x.i < actual.Count))
        {
            if (a.TryGetProperty("value", out var value))
            {
                Close(value, actual[i].Value, true, $"alerts[{i}].value", failures);
            }

            if (a.TryGetProperty("values", out var values))
            {
                Same(string.Join(",", values.EnumerateArray().Select(v => v.GetString())), string.Join(",", actual[i].Values ?? []), $"alerts[{i}].values", failures);
            }
        }
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static bool IsNull(JsonElement expected, object? actual, string path, List<string> failures)
    {
        if ((expected.ValueKind == JsonValueKind.Null) != (actual is null))
        {
            failures.Add($"{path}: expected {(expected.ValueKind == JsonValueKind.Null ? "null" : "a value")}, got {(actual is null ? "null" : "a value")}");
            return true;
        }

        return expected.ValueKind == JsonValueKind.Null;
    }

    private static void Close(JsonElement expected, double? actual, bool pValue, string path, List<string> failures)
    {
        if (expected.ValueKind == JsonValueKind.Null || actual is null)
        {
            if ((expected.ValueKind == JsonValueKind.Null) != (actual is null))
            {
                failures.Add($"{path}: expected {expected}, got {(actual is null ? "null" : actual.Value.ToString("R", CultureInfo.InvariantCulture))}");
            }

            return;
        }

        var x = expected.GetDouble();
        var tolerance = Math.Max((pValue ? PValueRelative : Relative) * Math.Abs(x), Absolute);
        if (!(Math.Abs(x - actual.Value) <= tolerance))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: expected {x:R}, got {actual.Value:R}"));
        }
    }

    private static void Same<T>(T expected, T actual, string path, List<string> failures)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            failures.Add($"{path}: expected {expected}, got {actual}");
        }
    }
}
