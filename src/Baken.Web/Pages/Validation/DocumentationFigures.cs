using System.Globalization;

namespace Baken.Web.Pages.Validation;

/// <summary>
/// How the figures of documentation results are shown: which ones per measure, their Dutch label
/// (the resx key) and their format. Rates as percentages, ROUGE times 100 as in the literature.
/// </summary>
public static class DocumentationFigures
{
    /// <summary>A figure's key in the result, its label and how to format it.</summary>
    public sealed record Figure(string Key, string Label, Func<double, string> Format);

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The figures shown for each measure, in order.</summary>
    public static readonly IReadOnlyDictionary<string, Figure[]> ByMeasure = new Dictionary<string, Figure[]>(StringComparer.Ordinal)
    {
        ["transcriptAccuracy"] = [new("wer", "WER", Percent), new("cer", "CER", Percent)],
        ["noteQuality"] =
        [
            new("rouge1", "ROUGE-1", Rouge), new("rouge2", "ROUGE-2", Rouge), new("rougeLsum", "ROUGE-Lsum", Rouge),
            new("sectionCompleteness", "Volledigheid secties", Percent),
            new("unsupportedFactRate", "Feiten niet in transcript", Percent),
            new("omittedFactRate", "Weggelaten feiten", Percent),
        ],
        ["humanReview"] =
        [
            new("pdqi9Mean", "PDQI-9 (1–5)", v => v.ToString("0.00", Dutch)),
            new("hallucinationFreeRate", "Vrij van hallucinaties", Percent),
            new("krippendorffAlpha", "Overeenstemming (α)", v => v.ToString("0.000", Dutch)),
        ],
    };

    /// <summary>The Dutch name of a measure (resx key).</summary>
    public static string MeasureLabel(string? measure) => measure switch
    {
        "transcriptAccuracy" => "Transcriptie",
        "noteQuality" => "Kwaliteit van de notitie",
        "humanReview" => "Beoordeling door zorgverleners",
        _ => "Onbekend",
    };

    /// <summary>The formatted figure, or a dash when the result does not have it.</summary>
    public static string Show(Figure figure, IReadOnlyDictionary<string, double?>? figures) =>
        figures?.GetValueOrDefault(figure.Key) is { } value ? figure.Format(value) : "–";

    private static string Percent(double value) => (value * 100).ToString("0.0", Dutch) + "%";

    private static string Rouge(double value) => (value * 100).ToString("0.00", Dutch);
}
