using System.Collections.Concurrent;
using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// Every golden value of the four public periods, checked by the golden set's own compare.py
/// (its comparison rules, run by python on the written result JSON).
public sealed class GoldenPeriodTests
{
    private static readonly ConcurrentDictionary<string, Lazy<(MonitoringResult Result, string Path)>> Runs = new();

    public static TheoryData<string> Periods() => [.. MonitoringFiles.Periods];

    internal static (MonitoringResult Result, string Path) Run(string period) => Runs.GetOrAdd(period, p => new(() =>
    {
        var data = MonitoringFiles.Read(MonitoringFiles.PeriodCsv(p), MonitoringFiles.Plan, isReference: false);
        var result = PeriodMonitor.Run(MonitoringFiles.Reference, data, MonitoringFiles.Plan, p);
        var path = Path.Combine(Path.GetTempPath(), "baken-monitoring-tests", $"{Guid.NewGuid():N}-period-{p}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, MonitoringResultJson.ToUtf8Bytes(result));
        return (result, path);
    })).Value;

    [Theory]
    [MemberData(nameof(Periods))]
    public void Run_GoldenPeriod_ComparePyFindsNoMismatch(string period)
    {
        var (_, path) = Run(period);

        var (code, output) = MonitoringFiles.Python(MonitoringFiles.CompareScript, path, MonitoringFiles.Golden(period));

        Assert.True(code == 0, $"compare.py {path} {MonitoringFiles.Golden(period)}:{Environment.NewLine}{output}");
    }
}
