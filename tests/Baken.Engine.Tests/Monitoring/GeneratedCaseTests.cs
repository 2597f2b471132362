using System.Collections.Concurrent;
using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// The branches the hidden golden set exercises (a 1,000-row reference, periods at and below the
/// minimum sample size, a 12,000-row period, suppressed subgroups) plus unlabelled periods and
/// constant columns: cases written by the golden generator itself (Data/make_cases.py calls
/// shared/data/monitoring/generate.py's build), checked with the golden set's compare.py.
public sealed class GeneratedCaseTests
{
    private static readonly ConcurrentDictionary<string, Lazy<(MonitoringResult Result, string Path)>> Runs = new();

    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Monitoring", "Data");

    public static TheoryData<string, string> Cases() => new()
    {
        { "small-reference", "at-minimum" },
        { "small-reference", "below-minimum" },
        { "small-reference", "equal-size" },
        { "small-reference", "large" },
        { "small-reference", "few-labels" },
        { "small-reference", "unlabelled" },
        { "small-reference", "no-label-column" },
        { "constant-columns", "same" },
        { "constant-columns", "shifted" },
    };

    internal static string Golden(string @case, string period) => Path.Combine(DataDirectory, @case, $"period-{period}.golden.json");

    internal static MonitoringResult Result(string @case, string period) => Run(@case, period).Result;

    private static (MonitoringResult Result, string Path) Run(string @case, string period) => Runs.GetOrAdd($"{@case}/{period}", _ => new(() =>
    {
        var directory = Path.Combine(DataDirectory, @case);
        var plan = MonitoringFiles.ReadPlan(Path.Combine(directory, "plan.json"));
        var reference = MonitoringFiles.Read(Path.Combine(directory, "reference.csv"), plan, isReference: true);
        var data = MonitoringFiles.Read(Path.Combine(directory, $"period-{period}.csv"), plan, isReference: false);
        var result = PeriodMonitor.Run(reference, data, plan, period);
        var path = Path.Combine(Path.GetTempPath(), "baken-monitoring-tests", $"{Guid.NewGuid():N}-{@case}-{period}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, MonitoringResultJson.ToUtf8Bytes(result));
        return (result, path);
    })).Value;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_GeneratedCase_ComparePyFindsNoMismatch(string @case, string period)
    {
        var (_, path) = Run(@case, period);

        var (code, output) = MonitoringFiles.Python(MonitoringFiles.CompareScript, path, Golden(@case, period));

        Assert.True(code == 0, $"compare.py {path} {Golden(@case, period)}:{Environment.NewLine}{output}");
    }
}
