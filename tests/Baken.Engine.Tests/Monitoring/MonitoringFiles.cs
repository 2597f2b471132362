using System.Diagnostics;
using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// Finds the shared monitoring golden data (the repository is checked out next to shared/), reads
/// its files once per test run, and runs /usr/bin/python3 for the comparison script.
internal static class MonitoringFiles
{
    public static readonly string[] Periods = ["2026-01", "2026-02", "2026-03", "2026-04"];

    private static readonly Lazy<MonitoringPlan> LazyPlan = new(() => ReadPlan(Path.Combine(Directory!, "plan.json")));
    private static readonly Lazy<MonitoringData> LazyReference = new(() => Read(Path.Combine(Directory!, "reference.csv"), Plan, isReference: true));

    public static string Directory { get; } = Path.GetFullPath(Path.Combine(GoldenFiles.Directory, "..", "monitoring"));

    public static MonitoringPlan Plan => LazyPlan.Value;

    public static MonitoringData Reference => LazyReference.Value;

    public static string PeriodCsv(string period) => Path.Combine(Directory, $"period-{period}.csv");

    public static string Golden(string period) => Path.Combine(Directory, $"period-{period}.golden.json");

    public static string CompareScript => Path.Combine(Directory, "compare.py");

    public static MonitoringPlan ReadPlan(string path)
    {
        var (plan, errors) = MonitoringPlanJson.Parse(File.ReadAllText(path));
        return plan ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    public static MonitoringData Read(string path, MonitoringPlan plan, bool isReference)
    {
        var data = MonitoringReader.ReadCsv(path, plan, isReference);
        return data.HasErrors ? throw new InvalidOperationException(string.Join("; ", data.Issues.Select(i => i.Message))) : data;
    }

    /// Runs a python script with the machine's python (numpy, scipy, scikit-learn, pandas), returning exit code and output.
    public static (int Code, string Output) Python(params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
