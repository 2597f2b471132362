using Baken.Engine.Documentation;
using BenchmarkDotNet.Attributes;

namespace Baken.Benchmarks.Documentation;

/// WER/CER and note scoring on the ACI-Bench test2 files (shared/data/aci-bench), with a plain
/// two-row dynamic-programming edit distance on the longest transcript as the baseline that the
/// bit-parallel one replaces. One thread, so the figures compare across machines.
[MemoryDiagnoser]
public class DocumentationBenchmarks
{
    private static readonly TranscriptOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static readonly NoteOptions OneThreadNotes = new() { MaxDegreeOfParallelism = 1 };
    private DocumentFile[] _transcripts = null!;
    private PairedDocuments _transcriptPairs = null!;
    private DocumentFile[] _notes = null!;
    private PairedDocuments _notePairs = null!;
    private string _longestReference = null!;
    private string _longestHypothesis = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = AciBenchDirectory();
        _transcripts =
        [
            DocumentReader.ReadCsv(Path.Combine(dir, "test2_virtscribe_humantrans.csv"), new DocumentColumns("reference", "dialogue", "id")),
            DocumentReader.ReadCsv(Path.Combine(dir, "test2_virtscribe_asr.csv"), new DocumentColumns("hypothesis", "dialogue", "id")),
        ];
        _transcriptPairs = DocumentPairing.Pair(_transcripts[0], _transcripts[1]);
        var longest = _transcriptPairs.Pairs.MaxBy(p => p.Reference.Text.Length)!;
        _longestReference = string.Join(' ', TextNormaliser.Words(longest.Reference.Text, TextNormalisation.Basic));
        _longestHypothesis = string.Join(' ', TextNormaliser.Words(longest.Candidate.Text, TextNormalisation.Basic));

        _notes =
        [
            DocumentReader.ReadCsv(Path.Combine(dir, "clinicalnlp_taskC_test2.csv"), new DocumentColumns("reference", "note", "encounter_id")),
            DocumentReader.ReadCsv(Path.Combine(dir, "predictions", "test2GPT-4_.csv"), new DocumentColumns("generated", "note", "encounter_id")),
            DocumentReader.ReadCsv(Path.Combine(dir, "clinicalnlp_taskC_test2.csv"), new DocumentColumns("transcript", "dialogue", "encounter_id")),
        ];
        _notePairs = DocumentPairing.Pair(_notes[0], _notes[1], _notes[2]);
    }

    [Benchmark(Description = "WER + CER, 8 ACI-Bench transcript pairs (11,218 words)")]
    public TranscriptResult TranscriptAccuracy() => TranscriptValidator.Run(_transcriptPairs, _transcripts, OneThread);

    [Benchmark(Description = "Char edit distance, longest pair, bit-parallel")]
    public int CharsBitParallel() => EditDistance.Chars(_longestReference, _longestHypothesis);

    [Benchmark(Description = "Char edit distance, longest pair, two-row DP (baseline)")]
    public int CharsTwoRowDp() => TwoRowDp(_longestReference, _longestHypothesis);

    [Benchmark(Description = "ROUGE-1/2/L/Lsum, 40 ACI-Bench GPT-4 notes")]
    public double Rouge()
    {
        var sum = 0.0;
        foreach (var pair in _notePairs.Pairs)
        {
            sum += Engine.Documentation.Rouge.Score(pair.Reference.Text, pair.Candidate.Text).RougeLsum;
        }

        return sum;
    }

    [Benchmark(Description = "validate-notes engine: ROUGE, sections, fact check, 40 notes")]
    public NoteResult Notes() => NoteValidator.Run(_notePairs, _notes, OneThreadNotes);

    private static int TwoRowDp(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string AciBenchDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        var aci = Environment.GetEnvironmentVariable("BAKEN_ACI_BENCH")
            ?? (dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "aci-bench")));
        return aci is not null && Directory.Exists(aci)
            ? aci
            : throw new InvalidOperationException("ACI-Bench data not found: set BAKEN_ACI_BENCH to shared/data/aci-bench.");
    }
}
