using Baken.Engine.Registers;
using BenchmarkDotNet.Attributes;

namespace Baken.Benchmarks.Registers;

/// The engine work of `baken import fda`: read FDA's list (CSV 1,524 rows, XML 1,357 rows), diff
/// against the previous release, group into products; and the per-request work of the maker's
/// form (verify a number, suggest entries). The import's target is well under 2 s for the whole
/// process; `dotnet Baken.Benchmarks.dll fda-import OLD NEW` times one cold run.
[MemoryDiagnoser]
public class FdaListBenchmarks
{
    private byte[] _csv = null!;
    private byte[] _xml = null!;
    private FdaRelease _previous = null!;
    private FdaRelease _current = null!;
    private FdaSuggester _suggester = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = FdaListDirectory();
        _csv = File.ReadAllBytes(Path.Combine(dir, "aiml-devices.csv"));
        _xml = File.ReadAllBytes(Path.Combine(dir, "ai-ml-enabled-devices-xml.xml"));
        _previous = FdaListReader.Read(_xml).Release!;
        _current = FdaListReader.Read(_csv).Release!;
        _suggester = FdaSuggester.Create(_current.Entries);
    }

    [Benchmark(Description = "Read FDA CSV, 1,524 rows")]
    public FdaReadResult ReadCsv() => FdaListReader.Read(_csv);

    [Benchmark(Description = "Read FDA XML, 1,357 rows")]
    public FdaReadResult ReadXml() => FdaListReader.Read(_xml);

    [Benchmark(Description = "Diff XML -> CSV release")]
    public FdaReleaseDiff Diff() => FdaReleaseDiff.Compare(_previous.Entries, _current.Entries);

    [Benchmark(Description = "Read CSV + diff against the XML release")]
    public FdaReleaseDiff ReadCsvAndDiff() => FdaReleaseDiff.Compare(_previous.Entries, FdaListReader.Read(_csv).Release!.Entries);

    [Benchmark(Description = "Group CSV release into products")]
    public IReadOnlyList<FdaProduct> GroupProducts() => FdaProducts.Group(_current.Entries);

    [Benchmark(Description = "Verify one number and company")]
    public FdaVerification Verify() => FdaVerifier.Verify(_current, "k 243144", "Scopio Labs Ltd.");

    [Benchmark(Description = "Suggest top 10 for company + device")]
    public IReadOnlyList<FdaSuggestion> Suggest() => _suggester.Suggest("aidoc medical", "briefcase triage");

    /// One cold import's engine work in a fresh process: read the previous and the new file, diff, group.
    public static void ImportOnce(string previous, string current)
    {
        var old = FdaListReader.Read(previous);
        var now = FdaListReader.Read(current);
        if (old.Release is null || now.Release is null)
        {
            foreach (var issue in old.Issues.Concat(now.Issues))
            {
                Console.WriteLine(issue.Message);
            }

            return;
        }

        var diff = FdaReleaseDiff.Compare(old.Release.Entries, now.Release.Entries);
        var products = FdaProducts.Group(now.Release.Entries);
        Console.WriteLine($"added {diff.Added.Count}, removed {diff.Removed.Count}, changed {diff.Changed.Count}, unchanged {diff.Unchanged}; {products.Count} products");
    }

    private static string FdaListDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        var fda = Environment.GetEnvironmentVariable("BAKEN_FDA_LIST")
            ?? (dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "registers", "fda-ai-devices")));
        return fda is not null && Directory.Exists(fda)
            ? fda
            : throw new InvalidOperationException("FDA list not found: set BAKEN_FDA_LIST to shared/data/registers/fda-ai-devices.");
    }
}
