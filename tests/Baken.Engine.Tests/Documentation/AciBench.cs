namespace Baken.Engine.Tests.Documentation;

/// Finds the ACI-Bench test2 files in shared/data, next to the repository.
internal static class AciBench
{
    public static string Directory { get; } = Path.Combine(Path.GetDirectoryName(GoldenFiles.Directory)!, "aci-bench");

    public static string Path_(string name) => Path.Combine(Directory, name);

    public static string Reference => Path_("clinicalnlp_taskC_test2.csv");

    public static string Prediction(string file) => Path.Combine(Directory, "predictions", file);

    /// The five prediction files and the ALL-section rows of table_test2.csv they reproduce.
    public static readonly (string File, string Row)[] Predictions =
    [
        ("transcript_clinicalnlp_taskC_test2.csv", "transcript"),
        ("longest_speaker_turn_clinicalnlp_taskC_test2.csv", "longest spearker turn"),
        ("12_doctor_turns_clinicalnlp_taskC_test2.csv", "12 doctor turns"),
        ("BART_large_clinicalnlp_taskC_test2_full.csv", "BART"),
        ("test2GPT-4_.csv", "GPT-4"),
    ];

    /// ROUGE-1, ROUGE-2, ROUGE-L (= ROUGE-Lsum) of one row of the table's first (ALL) section.
    public static (double Rouge1, double Rouge2, double RougeLsum) TableRow(string row)
    {
        // The file holds one table per section, each after its name and separated by blank lines; ALL is first.
        foreach (var line in File.ReadLines(Path_("table_test2.csv")).SkipWhile(l => l != "ALL").Skip(1))
        {
            if (line.Length == 0)
            {
                break;
            }

            var cells = line.Split(',');
            if (cells[0] == row)
            {
                var n = cells[1..4].Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                return (n[0], n[1], n[2]);
            }
        }

        throw new InvalidOperationException($"Row '{row}' is not in the ALL section of table_test2.csv.");
    }
}
