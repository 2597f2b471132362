using BenchmarkDotNet.Attributes;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Benchmarks.Metrics;

/// The two numbers the validation engine promises: the full metric set on a million rows well
/// under a second, and a thousand bootstrap AUROC replicates on 100,000 rows in about a second.
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private static readonly ClassifierOptions NoBootstrap = new() { BootstrapReplicates = 0 };
    private PredictionSet _million = null!;
    private RankedSample _hundredThousand = null!;
    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        _million = BenchmarkData.Create(1_000_000, 1, subgroups: false);
        _hundredThousand = RankedSample.Rank(BenchmarkData.Create(100_000, 2, subgroups: false));
        _csv = Path.Combine(Path.GetTempPath(), "baken-bench-1m.csv");
        BenchmarkData.WriteCsv(_csv, 1_000_000, 3);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_csv);

    [Benchmark(Description = "Full metric set, 1M rows (no bootstrap)")]
    public ClassifierResult FullMetricSetMillion() => ClassifierValidator.Run(_million, NoBootstrap);

    [Benchmark(Description = "1,000 bootstrap AUROC replicates, 100k rows")]
    public double[] BootstrapAurocHundredThousand() =>
        Bootstrap.AurocReplicates(_hundredThousand, 1000, BootstrapRandom.Stream(42, ""));

    [Benchmark(Description = "Read CSV, 1M rows with 3 subgroup columns")]
    public PredictionSet ReadCsvMillion() =>
        PredictionReader.ReadCsv(_csv, new PredictionColumns { SubgroupColumns = ["sex", "age_band", "site"] });
}
