using System.Diagnostics;
using System.Text;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Monitoring;

/// <summary>A throw-away folder per test and the shared monitoring golden data (next to the validation goldens).</summary>
internal sealed class MonitoringCliFiles : IDisposable
{
    public const string PlanId = "0196a8f2-3333-7000-8000-000000000003";

    public MonitoringCliFiles() => System.IO.Directory.CreateDirectory(Directory);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "baken-cli-tests", Guid.NewGuid().ToString("N"));

    public static string Golden { get; } = Path.GetFullPath(Path.Combine(ValidationFiles.GoldenDirectory, "..", "monitoring"));

    public static string Plan => Path.Combine(Golden, "plan.json");

    public static string Reference => Path.Combine(Golden, "reference.csv");

    public static string Period(string name) => Path.Combine(Golden, $"period-{name}.csv");

    public static string GoldenResult(string name) => Path.Combine(Golden, $"period-{name}.golden.json");

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    /// <summary>The golden set's compare.py on a result: exit code and what it printed.</summary>
    public static (int Code, string Output) Compare(string result, string golden)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(Golden, "compare.py"), result, golden })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
