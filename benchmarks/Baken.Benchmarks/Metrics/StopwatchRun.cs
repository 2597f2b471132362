using System.Diagnostics;
using System.Globalization;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Benchmarks.Metrics;

/// A quick single-shot timing (`dotnet run -c Release -- stopwatch [rows]`), for the side-by-side
/// script and for a look without BenchmarkDotNet's minutes of warm-up. One warm-up run each.
/// `stopwatch write-csv ROWS PATH` and `stopwatch peak PATH [REPLICATES]` measure the memory of reading and
/// validating a large file in a process that does nothing else.
internal static class StopwatchRun
{
    public static void Run(string[] args)
    {
        switch (args)
        {
            case ["write-csv", var count, var path]:
                BenchmarkData.WriteCsv(path, int.Parse(count, CultureInfo.InvariantCulture), 3);
                return;
            case ["peak", var path, .. var more]:
                Peak(path, more.Length > 0 ? int.Parse(more[0], CultureInfo.InvariantCulture) : 0);
                return;
            case ["read", var path]:
                ReadBothWays(path);
                return;
            case ["breakdown", var count]:
                Breakdown(int.Parse(count, CultureInfo.InvariantCulture));
                return;
        }

        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var csv = Path.Combine(Path.GetTempPath(), $"baken-stopwatch-{rows}.csv");
        Time($"write CSV ({rows:N0} rows)", () => BenchmarkData.WriteCsv(csv, rows, 3), warmUp: false);
        var columns = new PredictionColumns { SubgroupColumns = ["sex", "age_band", "site"] };
        var data = Time($"read CSV ({new FileInfo(csv).Length / 1e6:F0} MB, 3 subgroup columns)", () => PredictionReader.ReadCsv(csv, columns));
        var plain = PredictionSet.FromArrays(data.Labels.ToArray(), data.Scores.ToArray());
        var noBootstrap = new ClassifierOptions { BootstrapReplicates = 0 };
        Time("metrics, all rows, no subgroups", () => ClassifierValidator.Run(plain, noBootstrap));
        Time("metrics, all rows + 9 subgroup values", () => ClassifierValidator.Run(data, noBootstrap));

        var hundredThousand = BenchmarkData.Create(100_000, 2, subgroups: false);
        var ranked = RankedSample.Rank(hundredThousand);
        Time("1,000 bootstrap AUROC replicates, 100k rows", () => Bootstrap.AurocReplicates(ranked, 1000, BootstrapRandom.Stream(42, "")));
        Time("1,000 bootstrap AUROC replicates, 100k rows, 1 thread",
            () => Bootstrap.AurocReplicates(ranked, 1000, BootstrapRandom.Stream(42, ""), maxDegreeOfParallelism: 1));
        Time("full metric set with 1,000 bootstrap replicates (4 metrics), 100k rows",
            () => ClassifierValidator.Run(hundredThousand, new ClassifierOptions { BootstrapReplicates = 1000 }), warmUp: false);

        File.Delete(csv);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1e6:F0} MB");
    }

    // The CSV reader on one core (a stream) against the split read of a file path, alternating.
    private static void ReadBothWays(string path)
    {
        var columns = new PredictionColumns();
        for (var round = 0; round < 5; round++)
        {
            Time("  read as a stream (one core)", () =>
            {
                using var stream = File.OpenRead(path);
                return PredictionReader.ReadCsv(stream, columns);
            }, warmUp: round == 0);
            Time("  read as a file (split over the cores)", () => PredictionReader.ReadCsv(path, columns), warmUp: round == 0);
        }
    }

    // Where the time of one metric set goes, step by step.
    private static void Breakdown(int rows)
    {
        var data = BenchmarkData.Create(rows, 1, subgroups: false);
        var workspace = new Workspace(rows);
        for (var round = 0; round < 2; round++)
        {
            Console.WriteLine(round == 0 ? "warm-up" : $"{rows:N0} rows");
            var sample = Time("  sort", () => RankedSample.Rank(data, workspace, out _), warmUp: false);
            var auroc = Time("  AUROC + AUPRC", () => RankMetrics.Compute(sample, new UnitWeights()), warmUp: false).Auroc!.Value;
            Time("  DeLong", () => RankMetrics.DeLongStandardError(sample, auroc), warmUp: false);
            Time("  Brier, log loss, O/E, ECE, curve", () => CalibrationMetrics.Compute(sample.Scores, sample.Labels), warmUp: false);
            Time("  calibration in the large", () => CalibrationFit.InTheLarge(sample.Scores, sample.Labels, new UnitWeights()), warmUp: false);
            Time("  calibration intercept and slope",
                () => CalibrationFit.InterceptSlope(sample.Labels, new ComputedLogits(sample.ScoreArray), new UnitWeights()), warmUp: false);
        }
    }

    private static void Peak(string path, int replicates)
    {
        var columns = new PredictionColumns { SubgroupColumns = ["sex", "age_band", "site"] };
        var data = Time("read CSV", () => PredictionReader.ReadCsv(path, columns), warmUp: false);
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine($"peak working set after reading {data.Count:N0} rows: {process.PeakWorkingSet64 / 1e6:F0} MB");
        }

        var result = Time($"metrics, all rows + subgroups, {replicates} bootstrap replicates",
            () => ClassifierValidator.Run(data, new ClassifierOptions { BootstrapReplicates = replicates }), warmUp: false);
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine($"peak working set after validating: {process.PeakWorkingSet64 / 1e6:F0} MB (AUROC {result.Overall.Auroc:F4})");
        }
    }

    private static T Time<T>(string what, Func<T> action, bool warmUp = true)
    {
        if (warmUp)
        {
            action();
        }

        var stopwatch = Stopwatch.StartNew();
        var result = action();
        Console.WriteLine($"{what,-75} {stopwatch.Elapsed.TotalMilliseconds,10:F1} ms");
        return result;
    }

    private static void Time(string what, Action action, bool warmUp = true) =>
        Time(what, () => { action(); return 0; }, warmUp);
}
